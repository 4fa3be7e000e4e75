using YuanlingTech.Connectors.Abstractions;

namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>
/// Documents a normal run does not re-check because the cursor knows them (notices past the paging stop, closed
/// market months) count as unchanged, so a run's parsed + unchanged still covers everything the source holds.
/// </summary>
public static class KnownDocuments
{
    public static void CountUnchanged(SyncCounters counters, int documents)
    {
        ArgumentNullException.ThrowIfNull(counters);
        for (var i = 0; i < documents; i++)
        {
            counters.DocumentUnchanged();
        }
    }
}
