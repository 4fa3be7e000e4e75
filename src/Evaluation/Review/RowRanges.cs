using System.Globalization;

namespace YuanlingTech.Evaluation.Review;

/// <summary>Row numbers as ranges: 3, 4, 5 … 17, 20 → "3–17, 20".</summary>
public static class RowRanges
{
    public static string Compress(IEnumerable<int> rowNumbers)
    {
        var rows = rowNumbers.Distinct().Order().ToList();
        var parts = new List<string>();
        for (var i = 0; i < rows.Count;)
        {
            var end = i;
            while (end + 1 < rows.Count && rows[end + 1] == rows[end] + 1)
            {
                end++;
            }

            parts.Add(end == i ? Text(rows[i]) : $"{Text(rows[i])}–{Text(rows[end])}");
            i = end + 1;
        }

        return string.Join(", ", parts);
    }

    private static string Text(int row) => row.ToString(CultureInfo.InvariantCulture);
}
