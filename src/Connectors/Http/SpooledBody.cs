namespace YuanlingTech.Connectors.Http;

/// <summary>
/// A response body kept in a temp file instead of memory: the file, its length and the hex SHA-256 computed while it
/// was written, so the hash never needs the file read again.
/// </summary>
public sealed class SpooledBody(string path, long length, string contentHash)
{
    public string Path { get; } = path;

    public long Length { get; } = length;

    public string ContentHash { get; } = contentHash;

    /// <summary>A seekable read-only stream over the body; the caller disposes it.</summary>
    public FileStream OpenRead() =>
        new(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, FileOptions.SequentialScan);

    /// <summary>The whole body as one array: only for consumers that have no streaming path.</summary>
    public byte[] ReadAllBytes() => File.ReadAllBytes(Path);

    /// <summary>Removes the file (it is no longer needed); harmless when it is already gone.</summary>
    public void Delete()
    {
        try
        {
            File.Delete(Path);
        }
        catch (IOException)
        {
            // The run's spool directory is removed when the run ends; a file that cannot go now goes then.
        }
    }
}
