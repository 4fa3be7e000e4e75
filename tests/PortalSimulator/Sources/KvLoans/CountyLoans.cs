using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Sources.KvLoans;

/// <summary>
/// The county of interest's knowledge-value loans at real size, from its own stream: about a dozen a year in whole
/// 万元, never rejectable, disbursed January to November plus one small loan after 9 December. 2025: 3,100 万元;
/// 2026: 3,000 万元 by the end of November and 260 万元 in December.
/// </summary>
internal sealed class CountyLoans(Random random, EnterprisePool pool)
{
    /// <summary>County firms that borrow: its most active ones.</summary>
    private const int Borrowers = 300;

    /// <summary>Loan numbers of the county follow the province's (<c>KV{year}9nnnnn</c>).</summary>
    private const int FirstSequence = 900_000;

    // Loans and 万元 disbursed January–November, and the December loan's 万元.
    private static readonly Dictionary<int, (int Loans, int Wan, int DecemberWan)> Years = new()
    {
        [2023] = (9, 1_560, 90),
        [2024] = (10, 2_190, 110),
        [2025] = (11, 2_980, 120),
        [2026] = (12, 3_000, 260),
        [2027] = (12, 3_650, 150),
    };

    public List<SimLoan> Play()
    {
        var factory = new LoanFactory(random, FirstSequence);
        var loans = new List<SimLoan>();
        foreach (var (year, (count, wan, decemberWan)) in Years.OrderBy(y => y.Key))
        {
            var borrowers = pool.County.Take(Borrowers).OrderBy(_ => random.Next()).Take(count + 1).ToList();
            var first = new DateOnly(year, 1, 5);
            var span = new DateOnly(year, 11, 30).DayNumber - first.DayNumber + 1;
            var amounts = Split(wan, count);
            for (var i = 0; i < count; i++)
            {
                loans.Add(factory.Create(borrowers[i], first.AddDays(random.Next(span)), amounts[i], exact: true, fault: null));
            }

            loans.Add(factory.Create(borrowers[count], new DateOnly(year, 12, random.Next(10, 29)), decemberWan, exact: true, fault: null));
        }

        return loans;
    }

    /// <summary><paramref name="totalWan"/> in <paramref name="count"/> loans of at least 50 万元, in multiples of 10 万元 but the largest.</summary>
    private int[] Split(int totalWan, int count)
    {
        var weights = Enumerable.Range(0, count).Select(_ => Math.Exp(0.5 * Normal())).ToArray();
        var sum = weights.Sum();
        var amounts = weights.Select(w => Math.Max(50, (int)Math.Round(totalWan * w / sum / 10) * 10)).ToArray();
        amounts[Array.IndexOf(amounts, amounts.Max())] += totalWan - amounts.Sum();
        return amounts;
    }

    private double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
