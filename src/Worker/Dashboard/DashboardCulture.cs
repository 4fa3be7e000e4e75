using System.Globalization;

namespace YuanlingTech.Worker.Dashboard;

/// <summary>
/// The culture dashboard requests render in (<c>Worker:Culture</c>): Hangfire picks its zh resources and its moment locale from
/// it, and formats the times it renders itself with its short date and long time patterns, set here to yyyy-MM-dd HH:mm.
/// </summary>
public static class DashboardCulture
{
    public const string DateTimePattern = "yyyy-MM-dd HH:mm";

    public static IReadOnlyList<string> Supported { get; } = ["zh-CN", "en-US"];

    public static bool IsSupported(string name) => Supported.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>False when the runtime has no ICU (invariant globalization), which knows no culture but the invariant one.</summary>
    public static bool IsAvailable(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true).Name.Length > 0;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    /// <summary>zh or en: the language our own pages write their labels in.</summary>
    public static string Language(string name) => name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh" : "en";

    public static CultureInfo Create(string name)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(name).Clone();
        culture.DateTimeFormat.ShortDatePattern = "yyyy-MM-dd";
        culture.DateTimeFormat.ShortTimePattern = "HH:mm";
        culture.DateTimeFormat.LongTimePattern = "HH:mm";
        culture.DateTimeFormat.DateSeparator = "-";
        return CultureInfo.ReadOnly(culture);
    }
}
