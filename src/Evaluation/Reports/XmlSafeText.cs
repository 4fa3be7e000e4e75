using YuanlingTech.Normalization.Text;

namespace YuanlingTech.Evaluation.Reports;

/// <summary>
/// Text as an xlsx cell can hold it: without what XML 1.0 forbids (C0 controls other than tab and line breaks, lone
/// surrogates, U+FFFE/U+FFFF, which the OpenXml writer refuses with an exception for the whole workbook) and without the
/// other noncharacters (<see cref="StorableText"/>). A scan; a copy only when something must go.
/// </summary>
public static class XmlSafeText
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!HasForbiddenControl(text) && StorableText.IsStorable(text))
        {
            return text;
        }

        return string.Concat(StorableText.Strip(text)!.Where(c => !IsForbiddenControl(c)));
    }

    private static bool HasForbiddenControl(string text)
    {
        foreach (var c in text)
        {
            if (IsForbiddenControl(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsForbiddenControl(char c) => c < ' ' && c is not ('\t' or '\n' or '\r');
}
