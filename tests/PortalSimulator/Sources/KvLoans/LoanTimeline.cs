using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Sources.KvLoans;

/// <summary>
/// Generates every province loan granted 2023..horizon to firms outside the county of interest and its whole life
/// (granted → repaid / overdue → npl → compensated); the county's loans come from <see cref="CountyLoans"/>.
/// </summary>
internal sealed class LoanTimeline(Random random, EnterprisePool pool, double scale)
{
    public const int FirstYear = 2023;
    public static readonly DateOnly Horizon = new(2027, 12, 31);
    private const int ProvinceLoans2025 = 11_600;
    private static readonly Dictionary<int, double> Growth = new() { [2023] = 0.6, [2024] = 0.8, [2025] = 1.0, [2026] = 1.15, [2027] = 1.3 };
    private static readonly string[] Faults = ["loan_no", "term", "status"];

    private readonly LoanFactory _factory = new(random, 0);

    public List<SimLoan> Play()
    {
        var loans = new List<SimLoan>();
        for (var year = FirstYear; year <= Horizon.Year; year++)
        {
            var count = Math.Max(5, (int)Math.Round(ProvinceLoans2025 * scale * Growth[year]));
            for (var i = 0; i < count; i++)
            {
                // About 3 % rejectable, at fixed places so every scale and seed has some of each kind.
                var fault = i % 29 == 13 ? Faults[(year + (i / 29)) % Faults.Length] : null;
                var borrower = pool.Others[random.Next(pool.Others.Count)];
                var disbursed = new DateOnly(year, 1, 1).AddDays(random.Next(DateTime.IsLeapYear(year) ? 366 : 365));
                loans.Add(_factory.Create(borrower, disbursed, Wan(), exact: false, fault));
            }
        }

        return loans;
    }

    private int Wan()
    {
        // Log-normal around 180 万元, 10 万元 to 1,000 万元 (Hunan 2025 averaged about 252 万元 a firm).
        var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return Math.Clamp((int)Math.Round(Math.Exp(5.2 + (0.7 * normal))), 10, 1000);
    }
}
