using System.Globalization;
using YuanlingTech.Normalization.Loans;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Normalization.Text;

namespace YuanlingTech.Connectors.Sources.KvLoans;

/// <summary>How the API reader moves on from a page: whether another page follows, its URL, and the cursor the page leaves.</summary>
public static class LoanApiPaging
{
    /// <summary>The last page of a query: fewer items than asked for, or the total reached.</summary>
    public static bool IsLastPage(LoanApiPage parsed, int page, int pageSize) =>
        parsed.Items.Count < pageSize || page * pageSize >= parsed.Total;

    /// <summary>Page <paramref name="page"/> of the loans changed since <paramref name="since"/> (inclusive; null = all).</summary>
    public static Uri PageUrl(Uri apiUrl, DateTimeOffset? since, int page, int pageSize)
    {
        var query = string.Create(CultureInfo.InvariantCulture, $"page={page}&size={pageSize}");
        if (since is { } at)
        {
            query = $"updatedSince={Uri.EscapeDataString(at.ToString("o", CultureInfo.InvariantCulture))}&{query}";
        }

        return new UriBuilder(apiUrl) { Query = query }.Uri;
    }

    /// <summary>The position of a loan version in the API's order; null when its update time does not parse.</summary>
    public static LoanCursor? Position(RawRecord? item) =>
        item is not null && LoanTimestamp.TryParse(item[LoanFields.UpdatedAt], out var at)
            ? new LoanCursor(at, LoanNoOf(item))
            : null;

    private static string LoanNoOf(RawRecord item) =>
        TextCleaner.Clean(item[LoanFields.LoanNo]).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
