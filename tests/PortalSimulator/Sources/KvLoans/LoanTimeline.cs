using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Sources.KvLoans;

/// <summary>
/// Generates every loan granted 2023..horizon and its whole life (granted → repaid / overdue → npl →
/// compensated). Yuanling's yearly total is set exactly (3,100 万元 in 2025 at scale 1).
/// </summary>
internal sealed class LoanTimeline(Random random, EnterprisePool pool, double scale)
{
    public const int FirstYear = 2023;
    public static readonly DateOnly Horizon = new(2027, 12, 31);
    private const int ProvinceLoans2025 = 11_600;
    private const int YuanlingWan2025 = 3100;
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);
    private static readonly Dictionary<int, double> Growth = new() { [2023] = 0.6, [2024] = 0.8, [2025] = 1.0, [2026] = 1.15, [2027] = 1.3 };
    private static readonly (string Bank, string[] Branches)[] Banks =
    [
        ("中国工商银行", ["长沙分行", "怀化分行"]), ("中国农业银行", ["湖南省分行", "沅陵县支行"]),
        ("中国银行", ["长沙分行", "株洲分行"]), ("中国建设银行", ["湖南省分行营业部", "怀化分行"]),
        ("交通银行", ["湖南省分行"]), ("长沙银行", ["科技支行", "怀化分行"]), ("华融湘江银行", ["长沙分行"]),
        ("湖南农信", ["沅陵农商银行"]),
    ];

    private static readonly string[] Faults = ["loan_no", "term", "status"];
    private static readonly string[] Guarantors = ["湖南省融资担保集团有限公司", "怀化市融资担保有限责任公司", "长沙市融资担保有限公司"];

    private readonly LoanLifeWriter _life = new(random);
    private int _sequence;

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
                loans.Add(Create(pool.Others[random.Next(pool.Others.Count)], year, Wan(), fault));
            }

            var yuanling = Math.Max(2, (int)Math.Round(12 * scale * Growth[year]));
            var totalWan = Math.Max(10 * yuanling, (int)Math.Round(YuanlingWan2025 * scale * Growth[year]));
            var rest = totalWan - (10 * yuanling);
            for (var i = 0; i < yuanling; i++)
            {
                var share = i == yuanling - 1 ? rest : random.Next(rest / (yuanling - i) * 2 + 1);
                share = Math.Min(share, rest);
                rest -= share;
                loans.Add(Create(pool.Yuanling[random.Next(pool.Yuanling.Count)], year, 10 + share, null));
            }
        }

        return loans;
    }

    private SimLoan Create(Enterprise borrower, int year, int wan, string? fault)
    {
        var sequence = ++_sequence;
        var disbursed = new DateOnly(year, 1, 1).AddDays(random.Next(DateTime.IsLeapYear(year) ? 366 : 365));
        var termMonths = new[] { 12, 24, 36 }[random.Next(3)];
        var matures = fault == "term" ? disbursed.AddYears(3).AddMonths(2) : disbursed.AddMonths(termMonths);
        var amountStyle = random.Next(5);
        var amount = amountStyle == 1 ? (wan * 10_000m) + (random.Next(0, 1_000_000) / 100m) : wan * 10_000m;
        var (bank, branches) = Banks[random.Next(Banks.Length)];
        var guaranteed = random.NextDouble() < 0.3;
        var loanNo = $"KV{year}{sequence:D6}";
        var first = new LoanEvent(At(disbursed), fault == "status" ? "冻结" : "正常", disbursed, null, null, null);
        return new SimLoan
        {
            LoanNo = loanNo,
            PublishedLoanNo = fault == "loan_no" ? string.Empty : loanNo,
            Borrower = borrower,
            Score = Math.Round(60 + (decimal)(random.NextDouble() * 38), 1),
            Bank = bank,
            Branch = branches[random.Next(branches.Length)],
            Guaranteed = guaranteed,
            Guarantor = guaranteed ? Guarantors[random.Next(Guarantors.Length)] : null,
            ContractNo = $"HT{year}-{random.Next(100_000, 999_999)}",
            AmountYuan = amount,
            DisbursedOn = disbursed,
            MaturesOn = matures,
            Rate = Math.Round(0.032m + (random.Next(0, 131) / 10_000m), 4),
            Fault = fault,
            Dirt = new LoanDirt(amountStyle, random.NextDouble() < 0.1, random.NextDouble() < 0.05, random.NextDouble() < 0.1),
            Events = fault is null ? _life.Write(first, disbursed, matures, amount).Where(e => e.Day <= Horizon).ToList() : [first],
        };
    }

    private int Wan()
    {
        // Log-normal around 180 万元, 10 万元 to 1,000 万元 (Hunan 2025 averaged about 252 万元 a firm).
        var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return Math.Clamp((int)Math.Round(Math.Exp(5.2 + (0.7 * normal))), 10, 1000);
    }

    private DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(9, 0)).AddSeconds(random.Next(9 * 3600)), ChinaOffset);
}
