using System.Security.Cryptography;
using YuanlingTech.Connectors.Sources.Manual;

namespace YuanlingTech.Worker.Cli.Parse;

/// <summary>
/// An inbox file (xlsx or csv) as the <c>manual</c> source would process it: the template its header matches, whether it
/// would be archived or rejected (and why), its records and rejects. The file is only read, never moved.
/// </summary>
public static class InboxFileParse
{
    public static async Task<int> RunAsync(ParseRequest request, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(request.Content));
        var url = request.Url.AbsoluteUri;
        var outcome = ManualFileProcessor.Process(request.FileName, request.Content, hash, url, url, Connectors.Documents.Xlsx.XlsxLimits.Default, cancellationToken);
        var file = outcome.File;
        await request.Output.WriteAsync(new { type = "file", file.FileName, file.Template, status = file.Status, rows = file.RowCount, errors = file.Errors });
        IEnumerable<object> records =
        [
            .. file.RdSpending, .. file.Platforms, .. file.Targets, .. file.RegionalGdp, .. file.ChallengeProjects,
        ];
        await request.Output.WriteResultAsync(records, outcome.Rejects);
        await Console.Error.WriteLineAsync($"{request.Url}: template {file.Template ?? "none"}, {file.RowCount} rows, would be {file.Status}");
        return ExitCodes.Success;
    }
}
