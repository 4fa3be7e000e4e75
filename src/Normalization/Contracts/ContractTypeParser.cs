using System.Text.RegularExpressions;
using YuanlingTech.Normalization.Text;

namespace YuanlingTech.Normalization.Contracts;

/// <summary>
/// Reads a published contract type such as 技术开发（委托开发）: the family, the sub-type in brackets, and
/// the 四技 reporting bucket (许可 is reported under 转让, DOMAIN.md §4).
/// </summary>
public static partial class ContractTypeParser
{
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
        type = "技术" + family;
        subtype = match.Groups["sub"].Success && match.Groups["sub"].Value.Length > 0 ? match.Groups["sub"].Value : null;
        bucket = family == "许可" ? "转让" : family;
        return true;
    }

    [GeneratedRegex(@"^(?:技术)?(?<family>开发|转让|许可|咨询|服务)(?:合同)?(?:[(\[](?<sub>[^()\[\]]*)[)\]])?$", RegexOptions.CultureInvariant)]
    private static partial Regex TypePattern();
}
