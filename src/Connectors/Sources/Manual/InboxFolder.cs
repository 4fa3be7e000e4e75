using System.Globalization;
using System.Security.Cryptography;

namespace YuanlingTech.Connectors.Sources.Manual;

/// <summary>The inbox on disk: which files are candidates, reading them safely, checking them before they move on.</summary>
public sealed class InboxFolder
{
    public const string ArchiveFolder = "archive";
    public const string RejectedFolder = "rejected";
    public const string SidecarSuffix = ".errors.txt";
    public const string DoneMarkerSuffix = ".done";

    public InboxFolder(string path)
    {
        Root = Path.GetFullPath(path);
        Archive = Path.Combine(Root, ArchiveFolder);
        Rejected = Path.Combine(Root, RejectedFolder);
        Directory.CreateDirectory(Archive);
        Directory.CreateDirectory(Rejected);
    }

    public string Root { get; }

    public string Archive { get; }

    public string Rejected { get; }

    /// <summary>Files in the inbox itself (not its subfolders), oldest name first; hidden, temporary and marker files are skipped.</summary>
    public IReadOnlyList<FileInfo> ListCandidates() =>
        [.. new DirectoryInfo(Root).EnumerateFiles()
            .Where(f => !IsTemporary(f.Name))
            .OrderBy(f => f.Name, StringComparer.Ordinal)];

    /// <summary>
    /// Why the inbox will not open this path, decided from the path's own status (never from what a link points to), or
    /// null for a plain file. A symbolic link or a second hard link could show the worker a file outside the inbox.
    /// </summary>
    public static string? LinkProblem(FileIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return identity.IsSymbolicLink ? "it is a symbolic link; the inbox reads regular files only (copy the file itself into the inbox)"
            : !identity.IsRegularFile ? "it is not a regular file"
            : identity.LinkCount > 1 ? string.Create(CultureInfo.InvariantCulture,
                $"it has {identity.LinkCount} hard links; the inbox reads files with one link only (copy the file instead of linking it)")
            : null;
    }

    /// <summary>
    /// The file's bytes and their hash when it is still <paramref name="ready"/> (same inode, size and modification time,
    /// one link) from open to end of read; null when it changed or is locked by its writer: leave it for the next run.
    /// </summary>
    public static async Task<InboxFileRead?> ReadAsync(string path, FileIdentity ready, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ready);
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None, 81920, useAsync: true);
            // The path was checked before it was opened; this catches a link put in its place in between.
            if (!Unchanged(FileIdentity.OfHandle(stream.SafeFileHandle, path), ready))
            {
                return null;
            }

            var bytes = new byte[ready.Size];
            await stream.ReadExactlyAsync(bytes, cancellationToken);
            var grew = await stream.ReadAsync(new byte[1], cancellationToken) > 0;
            var after = FileIdentity.OfHandle(stream.SafeFileHandle, path);
            return grew || !Unchanged(after, ready) ? null : new InboxFileRead(bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)), after);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Whether the file at <paramref name="path"/> still has the size and SHA-256 of what was read, so moving it moves what was loaded.</summary>
    public static async Task<bool> StillAsReadAsync(string path, InboxFileRead read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 81920, useAsync: true);
            var now = FileIdentity.OfHandle(stream.SafeFileHandle, path);
            if (now.Inode != read.Identity.Inode || now.Device != read.Identity.Device || now.Size != read.Bytes.Length)
            {
                return false;
            }

            return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken)) == read.Hash;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Removes <c>&lt;path&gt;.done</c>, if there is one, once its file has moved on.</summary>
    public static void RemoveDoneMarker(string path)
    {
        var marker = path + DoneMarkerSuffix;
        if (File.Exists(marker) || new FileInfo(marker).LinkTarget is not null)
        {
            File.Delete(marker);
        }
    }

    /// <summary>A free path for <paramref name="fileName"/> in <paramref name="folder"/>: the name, else name + timestamp (+ counter).</summary>
    public static string FreePath(string folder, string fileName, DateTime utcNow)
    {
        var path = Path.Combine(folder, fileName);
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var extension = Path.GetExtension(fileName);
        var stamp = utcNow.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
        for (var n = 1; Taken(path) || Taken(path + SidecarSuffix); n++)
        {
            path = Path.Combine(folder, n == 1 ? $"{stem}.{stamp}{extension}" : $"{stem}.{stamp}-{n}{extension}");
        }

        return path;
    }

    /// <summary>A readable <c>file://</c> URL (not percent-encoded, so Chinese names stay legible in lineage columns).</summary>
    public static string FileUrl(string path) => "file://" + (path.StartsWith('/') ? path : "/" + path.Replace('\\', '/'));

    public static bool IsTemporary(string name) =>
        name.StartsWith('.') || name.StartsWith("~$", StringComparison.Ordinal)
        || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".crdownload", StringComparison.OrdinalIgnoreCase) || name.EndsWith(SidecarSuffix, StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(DoneMarkerSuffix, StringComparison.OrdinalIgnoreCase);

    private static bool Unchanged(FileIdentity now, FileIdentity ready) =>
        now.IsRegularFile && now.LinkCount == 1 && now.SameAs(ready);

    // File.Exists follows links: a dangling link in rejected/ would otherwise look free.
    private static bool Taken(string path) => File.Exists(path) || new FileInfo(path).LinkTarget is not null;
}
