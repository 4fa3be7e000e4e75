namespace YuanlingTech.Evaluation.Review;

/// <summary>
/// The comparisons of the year in review: percentage changes, the 十四五 opening level and the summary's rounding.
/// </summary>
/// <remarks>
/// The opening level of the 14th five-year plan is the mean of the figures for 2020 and 2021. The work summary's
/// "+480 %" (223 tech SMEs) and "+225 %" (47 HNTEs) cannot come from whole numbers of firms in any single base year —
/// 223/38 = +487 %, 223/39 = +472 %, 47/14 = +236 %, 47/15 = +213 % — while the mean of 2020 and 2021 gives
/// 223/38.5 = +479.2 % and 47/14.5 = +224.1 %, which the summary rounds to 5 % steps: 480 %, 225 %; platforms 30 vs
/// 15 = 翻了一番 (doubled).
/// </remarks>
public static class ReviewChange
{
    /// <summary>The year before the plan: the first of the two years whose mean is the opening level.</summary>
    public const int OpeningFirstYear = 2020;

    /// <summary>The plan's first year: the second of the two years whose mean is the opening level.</summary>
    public const int OpeningSecondYear = 2021;

    /// <summary>The change from <paramref name="baseValue"/> to <paramref name="value"/> in percent; null without a base above zero.</summary>
    public static decimal? Percent(decimal? value, decimal? baseValue) =>
        value is { } v && baseValue is { } b && b > 0 ? (v - b) / b * 100 : null;

    /// <summary>
    /// The opening level: the mean of the 2020 and 2021 figures that are above zero (a year without data does not halve
    /// the level); null when neither is.
    /// </summary>
    public static decimal? OpeningLevel(decimal? first, decimal? second)
    {
        decimal[] known = [.. new[] { first, second }.Where(v => v > 0).Select(v => v!.Value)];
        return known.Length == 0 ? null : known.Sum() / known.Length;
    }

    /// <summary>A percentage rounded to the nearest 5 % step, as the work summary writes it (479.2 → 480).</summary>
    public static decimal RoundToFive(decimal percent) => Math.Round(percent / 5, 0, MidpointRounding.AwayFromZero) * 5;

    /// <summary>A factor of 2 within ±2.5 % (a change of 97.5 % to 102.5 %): written 翻了一番.</summary>
    public static bool IsDoubling(decimal percent) => Math.Abs(percent - 100) <= 2.5m;
}
