using System.Globalization;
using YuanlingTech.Connectors.Documents.Xlsx;
using YuanlingTech.Normalization.Manual;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Connectors.Sources.Manual;

/// <summary>
/// One inbox file to its outcome, with no I/O: read (xlsx or csv), detect the template, normalize every row.
/// A file with any bad row is rejected whole, with every bad row and reason.
/// </summary>
public static class ManualFileProcessor
{
    /// <summary>The metrics a target import may name: the metric catalog's.</summary>
    public static TargetMetrics CatalogMetrics { get; } = new(
        [.. MetricCatalog.All.Select(m => m.Id)], MetricCatalog.All.Where(m => m.IsAmount).Select(m => m.Id).ToHashSet(StringComparer.Ordinal));

    public static ManualFileOutcome Process(string fileName, byte[] content, string contentHash, string archiveUrl, string rejectedUrl) =>
        Process(fileName, content, contentHash, archiveUrl, rejectedUrl, XlsxLimits.Default);

    /// <summary>As above, an xlsx file read within <paramref name="xlsxLimits"/> (a file beyond them is rejected, naming the limit).</summary>
    public static ManualFileOutcome Process(string fileName, byte[] content, string contentHash, string archiveUrl, string rejectedUrl, XlsxLimits xlsxLimits) =>
        Process(fileName, content, contentHash, archiveUrl, rejectedUrl, xlsxLimits, CancellationToken.None);

    /// <summary>As above, an xlsx file read observing <paramref name="cancellationToken"/>.</summary>
    public static ManualFileOutcome Process(
        string fileName, byte[] content, string contentHash, string archiveUrl, string rejectedUrl, XlsxLimits xlsxLimits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(xlsxLimits);
        var rows = Read(fileName, content, xlsxLimits, cancellationToken, out var readProblem);
        if (rows is null)
        {
            return Rejected(fileName, contentHash, rejectedUrl, null, 0, [readProblem!], []);
        }

        var match = ManualTemplates.Detect(rows, archiveUrl);
        if (match.Template is not { } template)
        {
            return Rejected(fileName, contentHash, rejectedUrl, null, 0, [match.Problem!], []);
        }

        var file = new InboxFileRecord
        {
            FileName = fileName,
            ContentHash = contentHash,
            Template = ManualTemplateNames.Of(template),
            Status = InboxFileStatus.Loaded,
            RowCount = match.Rows!.Count,
            DocumentUrl = archiveUrl,
        };
        IReadOnlyList<RejectedRecord> rejects;
        switch (template)
        {
            case ManualTemplate.RdSpending:
                var rd = RdSpendingNormalizer.Normalize(match.Rows);
                (file, rejects) = (file with { RdSpending = rd.Records }, rd.Rejects);
                break;
            case ManualTemplate.Platform:
                var platforms = PlatformNormalizer.Normalize(match.Rows);
                (file, rejects) = (file with { Platforms = platforms.Records }, platforms.Rejects);
                break;
            case ManualTemplate.TargetImport:
                var targets = TargetImportNormalizer.Normalize(match.Rows, CatalogMetrics);
                (file, rejects) = (file with { Targets = targets.Records }, targets.Rejects);
                break;
            case ManualTemplate.RegionalGdp:
                var gdp = RegionalGdpNormalizer.Normalize(match.Rows);
                (file, rejects) = (file with { RegionalGdp = gdp.Records }, gdp.Rejects);
                break;
            case ManualTemplate.ChallengeProject:
                var projects = ChallengeProjectNormalizer.Normalize(match.Rows);
                (file, rejects) = (file with { ChallengeProjects = projects.Records }, projects.Rejects);
                break;
            default:
                throw new InvalidOperationException($"template {template} has no normalizer");
        }

        if (match.Rows.Count == 0)
        {
            return Rejected(fileName, contentHash, rejectedUrl, file.Template, 0, ["the file has a header but no data rows"], []);
        }

        if (rejects.Count == 0)
        {
            return new ManualFileOutcome(file, []);
        }

        var lines = rejects.Select(r => string.Create(CultureInfo.InvariantCulture, $"row {r.RowNumber}: {string.Join("; ", r.Reasons)}"));
        return Rejected(fileName, contentHash, rejectedUrl, file.Template, match.Rows.Count, lines,
            [.. rejects.Select(r => r with { DocumentUrl = rejectedUrl })]);
    }

    private static IReadOnlyList<IReadOnlyList<string?>>? Read(
        string fileName, byte[] content, XlsxLimits xlsxLimits, CancellationToken cancellationToken, out string? problem)
    {
        problem = null;
        var extension = Path.GetExtension(fileName).ToUpperInvariant();
        try
        {
            switch (extension)
            {
                case ".XLSX":
                    using (var stream = new MemoryStream(content, writable: false))
                    {
                        return Documents.Tables.XlsxTableReader.Read(stream, xlsxLimits, cancellationToken);
                    }

                case ".CSV":
                    return CsvTableReader.Read(content, xlsxLimits);
                default:
                    problem = $"only .xlsx and .csv files are read, not '{extension.ToLowerInvariant()}' (save it as .xlsx)";
                    return null;
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or IOException or FormatException or ArgumentException)
        {
            problem = $"cannot read the file as {extension.TrimStart('.').ToLowerInvariant()}: {ex.Message}";
            return null;
        }
    }

    private static ManualFileOutcome Rejected(
        string fileName, string contentHash, string rejectedUrl, string? template, int rows, IEnumerable<string> problems, IReadOnlyList<RejectedRecord> rejects) =>
        new(new InboxFileRecord
        {
            FileName = fileName,
            ContentHash = contentHash,
            Template = template,
            Status = InboxFileStatus.Rejected,
            RowCount = rows,
            Errors = string.Join(Environment.NewLine, problems),
            DocumentUrl = rejectedUrl,
        }, rejects);
}
