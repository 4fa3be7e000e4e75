using System.Globalization;
using System.Net;

namespace YuanlingTech.Worker.Dashboard;

/// <summary>
/// The progress bar of one target with a label readable at every percentage: inside the bar when it is wide enough,
/// beside it when it is short (0 % included), and a tick where the pace says the bar should be.
/// </summary>
public static class ProgressBarCell
{
    // Below this width "100.0%" no longer fits inside the bar at the column's minimum width.
    private const decimal LabelInsideFrom = 30m;

    /// <summary>The cell; <paramref name="expectedPercent"/> is null for yearly data, which has no pace (no tick, no label).</summary>
    public static string Render(decimal actualPercent, decimal? expectedPercent, string barClass, string expectedLabel)
    {
        var width = Math.Clamp(actualPercent, 0m, 100m).ToString(CultureInfo.InvariantCulture);
        var label = actualPercent.ToString("0.#", CultureInfo.InvariantCulture) + "%";
        var expected = expectedPercent is { } e ? Math.Clamp(e, 0m, 100m).ToString(CultureInfo.InvariantCulture) : null;
        var inside = actualPercent >= LabelInsideFrom;
        return "<td style=\"min-width:200px\"><div class=\"progress\" style=\"margin:0;position:relative\">"
            + $"<div class=\"progress-bar {barClass}\" style=\"width:{width}%\">{(inside ? $"<span class=\"bar-label\">{Encode(label)}</span>" : "")}</div>"
            + (inside ? "" : $"<span class=\"bar-label bar-label-outside\" style=\"float:left;padding-left:4px;line-height:20px;font-size:12px;color:#333\">{Encode(label)}</span>")
            + (expected is null ? "" : $"<div class=\"expected-tick\" title=\"{Encode(expectedLabel)} {expected}%\" style=\"position:absolute;top:0;bottom:0;left:{expected}%;width:2px;background:#333;opacity:.6\"></div>")
            + "</div>"
            + (expectedPercent is { } shown ? $"<small class=\"text-muted\">{Encode(expectedLabel)} {Encode(shown.ToString("0.#", CultureInfo.InvariantCulture))}%</small>" : "")
            + "</td>";
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
