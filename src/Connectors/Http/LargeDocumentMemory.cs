using System.Runtime;

namespace YuanlingTech.Connectors.Http;

/// <summary>
/// Gives back the memory a very large document used once it is handed over for loading. Parsing a list of tens of
/// thousands of rows leaves tens of megabytes of garbage, much of it on the large object heap, which the GC would
/// otherwise collect only after the next such document had added its own: the peak would be two documents' garbage.
/// </summary>
public static class LargeDocumentMemory
{
    /// <summary>Bodies from this size on are collected after; smaller ones are left to the GC's own pace.</summary>
    public const int ThresholdBytes = 4 * 1024 * 1024;

    public static void ReleaseAfter(FetchedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Length < ThresholdBytes)
        {
            return;
        }

        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
