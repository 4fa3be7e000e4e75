using YuanlingTech.Connectors.Documents.Xlsx;
using YuanlingTech.Connectors.Sources.KvLoans;
using YuanlingTech.Normalization.Loans;

namespace YuanlingTech.Worker.Cli.Parse;

/// <summary>
/// A saved loans API page (JSON): its records and rejects, the cursor it leaves and the next page the sync would ask for;
/// or a monthly xlsx export: its records and rejects.
/// </summary>
public static class LoanParse
{
    public static async Task<int> RunAsync(ParseRequest request, CancellationToken cancellationToken)
    {
        if (request.IsXlsx)
        {
            var rows = LoanExportFile.Read(request.Content, request.Url, XlsxLimits.Default, cancellationToken);
            var export = LoanRecordNormalizer.Normalize(rows);
            await request.Output.WriteAsync(new { type = "export", rows = rows.Count });
            await request.Output.WriteResultAsync(export.Records, export.Rejects);
            await Console.Error.WriteLineAsync($"{request.Url}: {export.Records.Count} records, {export.Rejects.Count} rejects from {rows.Count} rows");
            return ExitCodes.Success;
        }

        var parsed = LoanApiParser.Parse(request.Content, request.Url.AbsoluteUri, 1);
        var page = Math.Max(parsed.Page, 1);
        var size = parsed.Size > 0 ? parsed.Size : new KvLoansOptions().PageSize;
        if (page > 1)
        {
            // Row numbers as the sync gives them: counted from the query's first item.
            parsed = LoanApiParser.Parse(request.Content, request.Url.AbsoluteUri, ((page - 1) * size) + 1);
        }

        var result = LoanRecordNormalizer.Normalize(parsed.Items);
        await request.Output.WriteAsync(new { type = "page", parsed.Total, page, size, rows = parsed.Items.Count });
        await request.Output.WriteResultAsync(result.Records, result.Rejects);

        var cursor = LoanApiPaging.Position(parsed.Items.Count > 0 ? parsed.Items[^1] : null);
        var last = LoanApiPaging.IsLastPage(parsed, page, size);
        var since = SinceOf(request.Url);
        var next = last ? null : (int?)(page + 1);
        var nextUrl = next is { } n && !request.Url.IsFile ? LoanApiPaging.PageUrl(request.Url, since, n, size) : null;
        await request.Output.WriteAsync(new { type = "cursor", cursor, lastPage = last, nextPage = next, nextUrl });
        await Console.Error.WriteLineAsync(
            $"{request.Url}: {result.Records.Count} records, {result.Rejects.Count} rejects from {parsed.Items.Count} items (page {page}, {parsed.Total} in all){(last ? "; the last page" : $"; next page {next}")}");
        return ExitCodes.Success;
    }

    /// <summary>The <c>updatedSince</c> of the page's own query: the next page of a query keeps it.</summary>
    private static DateTimeOffset? SinceOf(Uri url) =>
        System.Web.HttpUtility.ParseQueryString(url.Query)["updatedSince"] is { } text && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var at)
            ? at
            : null;
}
