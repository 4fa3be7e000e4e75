using System.Web;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Connectors.Sources.MarketContracts;
using YuanlingTech.Normalization.Contracts;

namespace YuanlingTech.Worker.Cli.Parse;

/// <summary>
/// A technology-market query result page: its 共 N 条 counter, its records and rejects, and the further pages of the month
/// the sync would fetch (for a URL naming <c>month=</c>, built with the default <c>QueryPath</c>).
/// </summary>
public static class MarketPageParse
{
    public static async Task<int> RunAsync(ParseRequest request, CancellationToken cancellationToken)
    {
        var html = CharsetDecoder.Decode(request.Content, null, request.Command.Get("charset")).Text;
        var page = new MarketResultParser().Parse(html, request.Url, null, cancellationToken);
        var result = TechContractNormalizer.Normalize(page.Rows);
        await request.Output.WriteAsync(new { type = "page", page.Total, page.Page, page.Pages, rows = page.Rows.Count });
        await request.Output.WriteResultAsync(result.Records, result.Rejects);
        var month = request.Url.IsFile ? null : HttpUtility.ParseQueryString(request.Url.Query)["month"];
        for (var next = page.Page + 1; next <= page.Pages; next++)
        {
            var url = month is null ? null : MarketQueryUrl.Of(request.Url, new MarketContractsOptions().QueryPath, month, next);
            await request.Output.WriteAsync(new { type = "next", page = next, url });
        }

        await Console.Error.WriteLineAsync(
            $"{request.Url}: {result.Records.Count} records, {result.Rejects.Count} rejects from {page.Rows.Count} rows (page {page.Page}/{page.Pages}, 共 {page.Total} 条)");
        return ExitCodes.Success;
    }
}
