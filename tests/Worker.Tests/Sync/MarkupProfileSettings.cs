namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>
/// The appsettings a user writes for each simulator markup profile (the examples of docs/portals.md), as configuration keys: no
/// code knows the profiles, only these settings do.
/// </summary>
internal static class MarkupProfileSettings
{
    /// <summary>The trs market counter 共 N 条记录，共 M 页，当前第 x 页 (full-width commas may reach the pattern as ASCII ones).</summary>
    public const string TrsMarketCounter = @"共\s*(?<total>\d+)\s*条记录\s*[，,]\s*共\s*(?<pages>\d+)\s*页\s*[，,]\s*当前第\s*(?<current>\d+)\s*页";

    public static Dictionary<string, string?> For(string profile) => profile switch
    {
        "default" => [],
        "table-rows" => NoticeColumns(".tyl-main-right-list tbody>tr", "NextLink"),
        "trs" => new Dictionary<string, string?>(NoticeColumns("#con_two_1 li", "CreatePageHtml"))
        {
            ["Sources:market-contracts:CounterPattern"] = TrsMarketCounter,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, "no settings for this profile"),
    };

    private static Dictionary<string, string?> NoticeColumns(string itemSelector, string paginationMode) => new()
    {
        ["Sources:kjt-hnte:ItemSelector"] = itemSelector,
        ["Sources:kjt-hnte:Pagination:Mode"] = paginationMode,
        ["Sources:kjt-techsme:ItemSelector"] = itemSelector,
        ["Sources:kjt-techsme:Pagination:Mode"] = paginationMode,
    };
}
