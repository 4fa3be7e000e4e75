using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Sources.KvLoans;

/// <summary>Creates one loan with its published form and its whole life, from one stream; loan numbers <c>KV{year}{sequence:D6}</c> from <paramref name="firstSequence"/> on.</summary>
internal sealed class LoanFactory(Random random, int firstSequence)
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);
    private static readonly (string Bank, string[] Branches)[] Banks =
    [
        ("中国工商银行", ["长沙分行", "怀化分行"]), ("中国农业银行", ["湖南省分行", "沅陵县支行"]),
        ("中国银行", ["长沙分行", "株洲分行"]), ("中国建设银行", ["湖南省分行营业部", "怀化分行"]),
        ("交通银行", ["湖南省分行"]), ("长沙银行", ["科技支行", "怀化分行"]), ("华融湘江银行", ["长沙分行"]),
        ("湖南农信", ["沅陵农商银行"]),
    ];

    private static readonly string[] Guarantors = ["湖南省融资担保集团有限公司", "怀化市融资担保有限责任公司", "长沙市融资担保有限公司"];

    private readonly LoanLifeWriter _life = new(random);
    private int _sequence = firstSequence;

    /// <summary>A loan of <paramref name="wan"/> 万元; unless <paramref name="exact"/>, amount style 1 adds up to 10,000 元 of odd yuan and fen.</summary>
    public SimLoan Create(Enterprise borrower, DateOnly disbursed, int wan, bool exact, string? fault)
    {
        var sequence = ++_sequence;
        var year = disbursed.Year;
        var termMonths = new[] { 12, 24, 36 }[random.Next(3)];
        var matures = fault == "term" ? disbursed.AddYears(3).AddMonths(2) : disbursed.AddMonths(termMonths);
        var amountStyle = random.Next(5);
        var odd = random.Next(0, 1_000_000) / 100m;
        var amount = amountStyle == 1 && !exact ? (wan * 10_000m) + odd : wan * 10_000m;
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
            Events = fault is null ? _life.Write(first, disbursed, matures, amount).Where(e => e.Day <= LoanTimeline.Horizon).ToList() : [first],
        };
    }

    private DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(9, 0)).AddSeconds(random.Next(9 * 3600)), ChinaOffset);
}
