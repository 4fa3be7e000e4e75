using System.Text.RegularExpressions;
using YuanlingTech.Normalization.Text;

namespace YuanlingTech.Normalization.Contracts;

/// <summary>
/// Reads a published contract type such as 技术开发（委托开发）: the family, the sub-type in brackets, and
/// the 四技 reporting bucket (许可 is reported under 转让, DOMAIN.md §4). <see cref="Types"/> and <see cref="Buckets"/> are
/// what it writes; the check constraint of <c>warehouse.tech_contract</c> and the data-quality checks are built from them.
/// </summary>
public static partial class ContractTypeParser
{
    private const string Families = "开发|转让|许可|咨询|服务";

    /// <summary>Every stored contract type (技术开发 … 技术服务).</summary>
    public static IReadOnlyList<string> Types { get; } = [.. Families.Split('|').Select(TypeOf)];

    /// <summary>Every 四技 reporting bucket (开发, 转让, 咨询, 服务).</summary>
    public static IReadOnlyList<string> Buckets { get; } = [.. Families.Split('|').Select(BucketOf).Distinct()];

    public static bool TryParse(string? raw, out string type, out string? subtype, out string bucket)
    {
        type = bucket = string.Empty;
        subtype = null;
        var text = TextCleaner.Clean(raw).Replace(" ", string.Empty, StringComparison.Ordinal);
        var match = TypePattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var family = match.Groups["family"].Value;
        type = TypeOf(family);
        subtype = match.Groups["sub"].Success && match.Groups["sub"].Value.Length > 0 ? match.Groups["sub"].Value : null;
        bucket = BucketOf(family);
        return true;
    }

    private static string TypeOf(string family) => "技术" + family;

    private static string BucketOf(string family) => family == "许可" ? "转让" : family;

    [GeneratedRegex(@"^(?:技术)?(?<family>" + Families + @")(?:合同)?(?:[(\[](?<sub>[^()\[\]]*)[)\]])?$", RegexOptions.CultureInvariant)]
    private static partial Regex TypePattern();
}
