using System.Text.RegularExpressions;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Targets.Configuration;

/// <summary>Checks targets.json; every problem names its key, e.g. <c>Targets:Items:3:Metric</c>.</summary>
public static partial class TargetsValidator
{
    public static IReadOnlyList<string> Validate(TargetsOptions options, Func<string, bool> regionExists)
    {
        var problems = new List<string>();
        for (var i = 0; i < options.Baselines.Count; i++)
        {
            var baseline = options.Baselines[i];
            CheckCommon($"Targets:Baselines:{i}", baseline.Year, baseline.Region, baseline.Metric, regionExists, problems);
            if (baseline.Value < 0)
            {
                problems.Add($"Targets:Baselines:{i}:Value: {baseline.Value} is negative");
            }
        }

        for (var i = 0; i < options.Items.Count; i++)
        {
            var item = options.Items[i];
            var key = $"Targets:Items:{i}";
            CheckCommon(key, item.Year, item.Region, item.Metric, regionExists, problems);
            if (!TargetItemOptions.Kinds.Contains(item.Kind))
            {
                problems.Add($"{key}:Kind: '{item.Kind}' must be one of {string.Join(", ", TargetItemOptions.Kinds.Select(k => $"'{k}'"))}");
            }
            else if (item.Kind == TargetItemOptions.Range && (item.Minimum is not { } min || item.Maximum is not { } max || min < 0 || min > max))
            {
                problems.Add($"{key}:Minimum/Maximum: a range target needs 0 ≤ Minimum ({item.Minimum}) ≤ Maximum ({item.Maximum})");
            }
            else if (item.Kind == TargetItemOptions.Growth && item.BaseYear >= item.Year)
            {
                problems.Add($"{key}:BaseYear: {item.BaseYear} must be before the target year {item.Year}");
            }
            else if (item.Kind == TargetItemOptions.Absolute && item.Value < 0)
            {
                problems.Add($"{key}:Value: {item.Value} is negative");
            }
        }

        var duplicates = options.Items.GroupBy(t => (t.Year, t.Region, t.Metric)).Where(g => g.Count() > 1);
        problems.AddRange(duplicates.Select(d => $"Targets:Items: {d.Key.Metric} in {d.Key.Region} for {d.Key.Year} is set {d.Count()} times"));
        if (options.AtRiskRatio <= 0 || options.AtRiskRatio > options.OnTrackRatio || options.OnTrackRatio > 1)
        {
            problems.Add($"Targets:AtRiskRatio/OnTrackRatio: need 0 < AtRiskRatio ({options.AtRiskRatio}) ≤ OnTrackRatio ({options.OnTrackRatio}) ≤ 1");
        }

        if (options.BaselineTolerance is < 0 or > 1)
        {
            problems.Add($"Targets:BaselineTolerance: {options.BaselineTolerance} must be between 0 and 1");
        }

        if (options.Language is not ("zh" or "en"))
        {
            problems.Add($"Targets:Language: '{options.Language}' must be 'zh' or 'en'");
        }

        return problems;
    }

    private static void CheckCommon(string key, int year, string region, string metric, Func<string, bool> regionExists, List<string> problems)
    {
        if (year is < 2000 or > 2100)
        {
            problems.Add($"{key}:Year: {year} is not a plausible year");
        }

        if (!RegionCode().IsMatch(region) || !regionExists(region))
        {
            problems.Add($"{key}:Region: '{region}' is not a known 6-digit division code");
        }

        if (MetricCatalog.Find(metric) is null)
        {
            problems.Add($"{key}:Metric: '{metric}' is not a known metric ({string.Join(", ", MetricCatalog.All.Select(m => m.Id))})");
        }
    }

    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex RegionCode();
}
