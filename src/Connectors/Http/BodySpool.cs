using System.Globalization;

namespace YuanlingTech.Connectors.Http;

/// <summary>
/// The temp directory one source's run spools large bodies into (under <c>yuanling-spool/</c> in the temp path).
/// The run deletes it when it ends; directories a crashed process left behind are removed by <see cref="RemoveStale"/>.
/// </summary>
public sealed class BodySpool
{
    private static readonly string Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "yuanling-spool");

    private readonly ISpoolFileFactory _files;
    private int _created;

    public BodySpool(string name, ISpoolFileFactory? files = null)
    {
        _files = files ?? DiskSpoolFileFactory.Instance;
        Path = System.IO.Path.Combine(
            Root, string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}-{name}"));
    }

    public string Path { get; }

    /// <summary>A new empty file in the directory (created on first use), open for writing.</summary>
    public (string Path, Stream Stream) CreateFile()
    {
        Directory.CreateDirectory(Path);
        var file = System.IO.Path.Combine(Path, string.Create(CultureInfo.InvariantCulture, $"{Interlocked.Increment(ref _created)}.body"));
        return (file, _files.Create(file));
    }

    /// <summary>Deletes the directory and whatever is left in it.</summary>
    public void Delete()
    {
        try
        {
            if (Directory.Exists(Path))
            {
                Directory.Delete(Path, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left for RemoveStale at a later start.
        }
        catch (UnauthorizedAccessException)
        {
            // Likewise.
        }
    }

    /// <summary>Removes spool directories untouched for longer than <paramref name="age"/>: what crashed runs left.</summary>
    public static void RemoveStale(TimeSpan age)
    {
        if (!Directory.Exists(Root))
        {
            return;
        }

        foreach (var directory in new DirectoryInfo(Root).EnumerateDirectories())
        {
            try
            {
                if (DateTime.UtcNow - directory.LastWriteTimeUtc > age)
                {
                    directory.Delete(recursive: true);
                }
            }
            catch (IOException)
            {
                // Another process may be removing it too.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours to remove.
            }
        }
    }
}
