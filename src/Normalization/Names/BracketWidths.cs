namespace YuanlingTech.Normalization.Names;

/// <summary>
/// Gives every bracket of a cleaned name (only <c>(</c> and <c>)</c> remain after <c>TextCleaner</c>) the width of its
/// script: a matched pair with Latin text inside and no CJK text next to it on either side, as in
/// <c>Hunan ABC (China) Co., Ltd.</c>, stays half-width; every other bracket becomes <c>（</c> or <c>）</c>, as in
/// <c>沅陵县辰州矿业（湖南）有限公司</c>. The decision reads only the other characters, never a bracket's width or the
/// spaces, so a name cleaned twice gets the same brackets.
/// </summary>
internal static class BracketWidths
{
    public const char WideOpen = '（';
    public const char WideClose = '）';

    public static string Map(string cleaned)
    {
        if (cleaned.AsSpan().IndexOfAny('(', ')') < 0)
        {
            return cleaned;
        }

        var mapped = cleaned.ToCharArray();
        var open = new Stack<int>();
        for (var i = 0; i < mapped.Length; i++)
        {
            if (mapped[i] == '(')
            {
                mapped[i] = WideOpen;
                open.Push(i);
            }
            else if (mapped[i] == ')')
            {
                mapped[i] = WideClose;
                if (open.TryPop(out var start) && IsLatinPair(cleaned, start, i))
                {
                    mapped[start] = '(';
                    mapped[i] = ')';
                }
            }
        }

        return new string(mapped);
    }

    private static bool IsLatinPair(string text, int open, int close)
    {
        for (var i = open + 1; i < close; i++)
        {
            if (EnterpriseNameNormalizer.IsWide(text[i]))
            {
                return false;
            }
        }

        return !EnterpriseNameNormalizer.IsWide(Neighbour(text, open, -1)) && !EnterpriseNameNormalizer.IsWide(Neighbour(text, close, +1));
    }

    // The nearest character that is neither a space nor a bracket; a space when there is none.
    private static char Neighbour(string text, int index, int step)
    {
        for (var i = index + step; i >= 0 && i < text.Length; i += step)
        {
            if (text[i] is not (' ' or '(' or ')'))
            {
                return text[i];
            }
        }

        return ' ';
    }
}
