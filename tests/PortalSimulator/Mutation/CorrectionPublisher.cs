using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Mutation;

/// <summary>
/// Republishes the notices column's lists with corrections, the way the department fixes a published list in
/// place: <see cref="SimulatorOptions.MutatePercent"/> % of the table rows (HNTE and tech-SME lists, inline or
/// xlsx) get a corrected legal form in the name (有限公司 ↔ 有限责任公司) or, for other names, another region.
/// The article URL and date stay the same; its body (and ETag) change, and a corrected xlsx gets a new file name.
/// Used by the bench to measure a re-sync after upstream corrections; the ground truth does not follow.
/// </summary>
internal static class CorrectionPublisher
{
    private static readonly string[] RegionHeaders = ["所属市州", "所属地区"];
    private static readonly string[] NameHeaders = ["企业名称", "单位名称"];

    /// <summary>Rows the simulator publishes on purpose as rejects keep their value.</summary>
    private const string RejectRegion = "火星市";

    public static void Apply(Province province, SimulatorOptions options)
    {
        if (options.MutatePercent <= 0)
        {
            return;
        }

        var tables = province.Articles
            .Where(a => a.Table is not null)
            .Select(a => (Article: a, Table: a.Table!, Column: Column(a.Table!, RegionHeaders), Name: Column(a.Table!, NameHeaders)))
            .Where(t => t.Column >= 0)
            .ToList();
        var regions = tables
            .SelectMany(t => t.Table.Rows.Select(r => r[t.Column] as string))
            .OfType<string>()
            .Where(IsRegion)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (regions.Length < 2)
        {
            return;
        }

        var random = new Random(unchecked(options.Seed + 7919));
        var share = options.MutatePercent / 100.0;
        foreach (var (article, table, column, name) in tables)
        {
            foreach (var row in table.Rows)
            {
                if (random.NextDouble() >= share)
                {
                    continue;
                }

                // A corrected spreadsheet is uploaded under a new file name, so the article's link (and ETag) changes too.
                if (article.AttachmentFileName is { } file && !file.Contains("_gz", StringComparison.Ordinal))
                {
                    article.AttachmentFileName = Path.GetFileNameWithoutExtension(file) + "_gz" + Path.GetExtension(file);
                }

                if (name >= 0 && row[name] is string published && CorrectLegalForm(published) is { } corrected)
                {
                    row[name] = corrected;
                    continue;
                }

                if (row[column] is not string current || !IsRegion(current))
                {
                    continue;
                }

                var replacement = regions[random.Next(regions.Length)];
                row[column] = replacement == current ? regions[(Array.IndexOf(regions, replacement) + 1) % regions.Length] : replacement;
            }
        }
    }

    private static string? CorrectLegalForm(string name) =>
        name.Contains("有限责任公司", StringComparison.Ordinal) ? name.Replace("有限责任公司", "有限公司", StringComparison.Ordinal)
        : name.Contains("有限公司", StringComparison.Ordinal) ? name.Replace("有限公司", "有限责任公司", StringComparison.Ordinal)
        : null;

    private static int Column(PublishedTable table, string[] headers)
    {
        for (var i = 0; i < table.Headers.Count; i++)
        {
            if (headers.Contains(table.Headers[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsRegion(string value) => value.Length > 0 && value != RejectRegion;
}
