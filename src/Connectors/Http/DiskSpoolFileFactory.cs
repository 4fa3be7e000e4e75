namespace YuanlingTech.Connectors.Http;

/// <summary>Spool files on the local disk.</summary>
public sealed class DiskSpoolFileFactory : ISpoolFileFactory
{
    public static DiskSpoolFileFactory Instance { get; } = new();

    public Stream Create(string path) =>
        new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete, 64 * 1024);
}
