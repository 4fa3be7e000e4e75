using System.Runtime;

namespace YuanlingTech.Connectors.Http;

/// <summary>
/// Gives back the memory a large list used once it is handed over for loading. Reading a list of tens of thousands of
/// rows leaves tens of megabytes of garbage (table grid, rows as published), much of it promoted to the oldest
/// generation while the list was read, which the GC would otherwise collect only after the next such list had added
/// its own: the peak would grow with the size of the lists. Bodies are spooled to disk from 4 MiB on, so the body's
/// size no longer measures what a list leaves behind: its rows do.
/// </summary>
public static class LargeDocumentMemory
{
    /// <summary>Bodies from this size on are collected after; smaller ones are left to the GC's own pace.</summary>
    public const int ThresholdBytes = 4 * 1024 * 1024;

    /// <summary>Lists of this many rows or more are collected after, whatever the size of their document.</summary>
    public const int ThresholdRows = 10_000;

    public static void ReleaseAfter(FetchedDocument document, int rows)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Length < ThresholdBytes && rows < ThresholdRows)
        {
            return;
        }

        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
