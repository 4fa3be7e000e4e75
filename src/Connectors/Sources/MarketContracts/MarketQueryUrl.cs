using System.Globalization;

namespace YuanlingTech.Connectors.Sources.MarketContracts;

/// <summary>The URL of one result page of a month's query: <c>QueryPath</c> with <c>{month}</c> and <c>{page}</c> filled in, under <c>BaseUrl</c>.</summary>
public static class MarketQueryUrl
{
    public static Uri Of(Uri baseUrl, string queryPath, string month, int page) => new(
        baseUrl,
        queryPath
            .Replace("{month}", month, StringComparison.Ordinal)
            .Replace("{page}", page.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
}
