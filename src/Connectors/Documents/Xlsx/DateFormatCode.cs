
namespace YuanlingTech.Connectors.Documents.Xlsx;

/// <summary>
/// Tells date number formats from the others, for built-in format ids and custom format codes. Wider than MiniExcel 1.46
/// (which left the zh-CN built-ins 27–36/50–57 as serials and turned time formats into TimeSpans): either way the
/// date normalizer reaches the same date, and one rule is easier to reason about.
/// </summary>
internal static class DateFormatCode
{
    public static bool IsBuiltInDate(int formatId) =>
        formatId is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);

    /// <summary>A code is a date format when y, m, d, h or s appear outside quoted text, [...] sections and escapes.</summary>
    public static bool IsDate(string code)
    {
        for (var i = 0; i < code.Length; i++)
        {
            switch (code[i])
            {
                case '"':
                    var close = code.IndexOf('"', i + 1);
                    i = close < 0 ? code.Length : close;
                    break;
                case '[':
                    var end = code.IndexOf(']', i + 1);
                    i = end < 0 ? code.Length : end;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case 'y' or 'Y' or 'm' or 'M' or 'd' or 'D' or 'h' or 'H' or 's' or 'S':
                    return true;
            }
        }

        return false;
    }
}
