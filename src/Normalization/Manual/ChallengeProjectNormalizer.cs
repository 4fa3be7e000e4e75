using YuanlingTech.Normalization.Amounts;
using YuanlingTech.Normalization.Names;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Normalization.Manual;

/// <summary>
/// 揭榜挂帅 project rows (项目名称, 发榜单位, 所属地区, 发布日期, 悬赏金额（万元）, 状态) to records, keyed by the
/// normalized project name + division.
/// </summary>
public static class ChallengeProjectNormalizer
{
    /// <summary>万元 to the fen.</summary>
    public const int MaxRewardDecimals = 6;

    public static ManualNormalizationResult<ChallengeProjectRecord> Normalize(IEnumerable<RawRecord> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var records = new List<ChallengeProjectRecord>();
        var rejects = new List<RejectedRecord>();
        var seen = new Dictionary<(string, string), int>();
        foreach (var row in rows)
        {
            var reasons = new List<string>();
            var name = ManualFields.ReadName(row, ManualColumns.ProjectName, "项目名称", reasons);
            var issuer = ManualFields.ReadName(row, ManualColumns.Issuer, "发榜单位", reasons);
            var region = ManualFields.ReadDivision(row, ManualColumns.Region, "所属地区", reasons);
            var publishedOn = ManualFields.ReadDate(row, ManualColumns.PublishedOn, "发布日期", reasons);
            var reward = ManualFields.ReadAmount(
                row, ManualColumns.RewardWan, "悬赏金额（万元）", AmountUnit.WanYuan, MaxRewardDecimals, positive: false, reasons, required: false);
            var status = ReadStatus(row, reasons);
            var key = (EnterpriseNameNormalizer.MatchKey(name), region ?? string.Empty);
            if (reasons.Count == 0 && seen.TryGetValue(key, out var first))
            {
                reasons.Add($"duplicates row {first} (same 项目名称 and 所属地区)");
            }

            if (reasons.Count > 0)
            {
                rejects.Add(ManualFields.Reject(row, reasons));
                continue;
            }

            seen[key] = row.RowNumber;
            records.Add(new ChallengeProjectRecord
            {
                Name = name,
                NameKey = key.Item1,
                Issuer = issuer,
                RegionCode = region!,
                PublishedOn = publishedOn!.Value,
                RewardYuan = reward,
                Status = status!,
                DocumentUrl = row.DocumentUrl,
                RowNumber = row.RowNumber,
            });
        }

        return new ManualNormalizationResult<ChallengeProjectRecord>(records, rejects);
    }

    private static string? ReadStatus(RawRecord row, List<string> reasons)
    {
        var raw = ManualFields.Text(row, ManualColumns.Status);
        if (raw is null)
        {
            reasons.Add("状态 is empty");
            return null;
        }

        if (ChallengeProjectStatuses.CodeOf(raw) is { } code)
        {
            return code;
        }

        reasons.Add($"状态 '{raw}' is not one of {string.Join("/", ChallengeProjectStatuses.Labels.Select(l => l.Label))}");
        return null;
    }
}
