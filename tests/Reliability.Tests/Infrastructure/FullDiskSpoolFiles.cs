using YuanlingTech.Connectors.Http;

namespace YuanlingTech.Reliability.Tests.Infrastructure;

/// <summary>
/// Spool files on the real disk, except that the disk "fills up" while the <see cref="FailingFile"/>-th file is written:
/// after <see cref="BytesBeforeFull"/> bytes its writes throw what the kernel's ENOSPC turns into.
/// </summary>
public sealed class FullDiskSpoolFiles : ISpoolFileFactory
{
    private int _created;

    public int FailingFile { get; init; } = 1;

    public long BytesBeforeFull { get; init; } = 16 * 1024;

    /// <summary>The disk reports itself full only when the file is flushed at the end of the body.</summary>
    public bool OnlyAtFlush { get; init; }

    /// <summary>False once the disk has been "cleaned up": every later file is written normally.</summary>
    public bool Full { get; set; } = true;

    /// <summary>The path of the file whose writes failed, once one did.</summary>
    public string? FailedPath { get; private set; }

    public Stream Create(string path)
    {
        var file = DiskSpoolFileFactory.Instance.Create(path);
        if (!Full || Interlocked.Increment(ref _created) != FailingFile)
        {
            return file;
        }

        FailedPath = path;
        return new FillingStream(file, BytesBeforeFull, OnlyAtFlush);
    }
}
