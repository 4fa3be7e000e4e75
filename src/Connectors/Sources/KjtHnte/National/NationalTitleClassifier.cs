using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using YuanlingTech.Connectors.NoticeColumns;

namespace YuanlingTech.Connectors.Sources.KjtHnte.National;

/// <summary>
/// Classifies national announcement titles: "关于对湖南省认定机构2024年认定报备的第一批高新技术企业进行备案的公告"
/// (filing) and "关于湖南省2023年第二批高新技术企业更名的公告" (rename). 公示 titles and anything else are skipped.
/// </summary>
public static partial class NationalTitleClassifier
{
    public static NationalTitleMatch? Classify(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var text = title.Normalize(NormalizationForm.FormKC);
        if (!text.Contains("高新技术企业", StringComparison.Ordinal) || text.Contains("公示", StringComparison.Ordinal))
        {
            return null;
        }

        NationalListKind kind;
        if (text.Contains("更名", StringComparison.Ordinal))
        {
            kind = NationalListKind.Rename;
        }
        else if (text.Contains("备案", StringComparison.Ordinal))
        {
            kind = NationalListKind.Filing;
        }
        else
        {
            return null;
        }

        var match = YearAndBatch().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        var batch = match.Groups["b"].Success ? ChineseBatchNumber.Parse(match.Groups["b"].Value) : null;
        return new NationalTitleMatch(kind, year, batch);
    }

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*年(?:[^第]{0,12}第(?<b>[一二三四五六七八九十〇零两\d]+)批)?", RegexOptions.CultureInvariant)]
    private static partial Regex YearAndBatch();
}
