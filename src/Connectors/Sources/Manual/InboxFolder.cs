using System.Globalization;

namespace YuanlingTech.Connectors.Sources.Manual;

/// <summary>The inbox on disk: which files are ready, reading them without racing a writer, and moving them on.</summary>
public sealed class InboxFolder
{
    public const string ArchiveFolder = "archive";
    public const string RejectedFolder = "rejected";
    public const string SidecarSuffix = ".errors.txt";

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

    /// <summary>Files in the inbox itself (not its subfolders), oldest name first; hidden and temporary files are skipped.</summary>
    public IReadOnlyList<FileInfo> ListCandidates() =>
        [.. new DirectoryInfo(Root).EnumerateFiles()
            .Where(f => !IsTemporary(f.Name))
            .OrderBy(f => f.Name, StringComparer.Ordinal)];

    /// <summary>
    /// The file's bytes, or null when it is still being written: modified within <paramref name="minAge"/>,
    /// locked by its writer, or changed while we read it.
    /// </summary>
    public static async Task<byte[]?> TryReadSettledAsync(FileInfo file, TimeSpan minAge, DateTime utcNow, CancellationToken cancellationToken)
    {
        file.Refresh();
        var (length, written) = (file.Length, file.LastWriteTimeUtc);
        if (utcNow - written < minAge)
        {
            return null;
        }

        try
        {
            await using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.None, 81920, useAsync: true);
            var bytes = new byte[stream.Length];
            await stream.ReadExactlyAsync(bytes, cancellationToken);
            file.Refresh();
            return file.Length == length && file.LastWriteTimeUtc == written && bytes.Length == length ? bytes : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>A free path for <paramref name="fileName"/> in <paramref name="folder"/>: the name, else name + timestamp (+ counter).</summary>
    public static string FreePath(string folder, string fileName, DateTime utcNow)
    {
        var path = Path.Combine(folder, fileName);
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var extension = Path.GetExtension(fileName);
        var stamp = utcNow.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
        for (var n = 1; File.Exists(path) || File.Exists(path + SidecarSuffix); n++)
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
        || name.EndsWith(".crdownload", StringComparison.OrdinalIgnoreCase) || name.EndsWith(SidecarSuffix, StringComparison.OrdinalIgnoreCase);
}
