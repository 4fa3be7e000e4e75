using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Sources.Manual;

/// <summary>
/// The county of interest's R&amp;D files 2019..2026: a core of its 50 most active firms reports every year, others
/// come and go (new = spending now, none the year before: 40 in 2025), a few firms report zero, and the total is the
/// year's R&amp;D intensity × the county's GDP to the fen (1.20 % in 2020, 1.50 % in 2025).
/// </summary>
internal static class CountyRdPlanner
{
    private const int Core = 50;
    private const int Candidates = 320;
    private const int ZeroRows = 4;

    /// <summary>Smallest spending reported, in units of 0.01 万元 (5 万元).</summary>
    private const long Smallest = 500;

    // Firms with spending, of which new (no spending the year before), and R&D spending ÷ GDP.
    private static readonly Dictionary<int, (int Firms, int New, decimal Intensity)> Years = new()
    {
        [2019] = (82, 82, 0.0112m),
        [2020] = (88, 22, 0.0120m),
        [2021] = (95, 25, 0.0126m),
        [2022] = (104, 28, 0.0133m),
        [2023] = (113, 31, 0.0139m),
        [2024] = (121, 34, 0.0145m),
        [2025] = (132, 40, 0.0150m),
        [2026] = (140, 42, 0.0156m),
    };

    public static Dictionary<int, List<RdFact>> Plan(Random random, IReadOnlyList<Enterprise> firms, IReadOnlyDictionary<int, decimal> gdpYuan)
    {
        var candidates = firms.Take(Candidates).ToList();
        var core = candidates.Take(Core).ToHashSet();
        var facts = new Dictionary<int, List<RdFact>>();
        List<Enterprise> last = [];
        foreach (var (year, (count, fresh, intensity)) in Years.OrderBy(y => y.Key))
        {
            var before = last.ToHashSet();
            var stayers = last.Where(f => !core.Contains(f)).OrderBy(_ => random.Next()).Take(count - fresh - Core);
            var keep = core.Concat(stayers).ToHashSet();
            var joining = candidates.Where(f => !before.Contains(f) && !keep.Contains(f))
                .OrderBy(_ => random.Next())
                .Take(count - keep.Count);
            var reporting = keep.Concat(joining).OrderBy(f => f.Index).ToList();
            var reported = reporting.ToHashSet();
            // Leavers first: some firms that spent last year report zero this year.
            var zero = last.Concat(candidates).Where(f => !reported.Contains(f)).Distinct().Take(ZeroRows * 3)
                .OrderBy(_ => random.Next()).Take(ZeroRows).ToList();
            var totalCents = (long)(gdpYuan[year] * intensity / 100m);
            var amounts = Split(random, reporting, core, totalCents);
            facts[year] = [.. reporting.Select((f, i) => new RdFact(f, year, amounts[i] / 100m, random.Next(4)))
                .Concat(zero.Select(f => new RdFact(f, year, 0m, random.Next(4))))
                .OrderBy(_ => random.Next())];
            last = reporting;
        }

        return facts;
    }

    /// <summary>Spending per firm in 0.01 万元, log-normal (the core spends about four times more), adding up to <paramref name="totalCents"/>.</summary>
    private static long[] Split(Random random, List<Enterprise> firms, HashSet<Enterprise> core, long totalCents)
    {
        var weights = firms.Select(f => Math.Exp(0.8 * Normal(random)) * (core.Contains(f) ? 4 : 1)).ToArray();
        var sum = weights.Sum();
        var amounts = weights.Select(w => Math.Max(Smallest, (long)(totalCents * w / sum))).ToArray();
        amounts[Array.IndexOf(amounts, amounts.Max())] += totalCents - amounts.Sum();
        return amounts;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
