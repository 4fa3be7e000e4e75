namespace YuanlingTech.PortalSimulator.Sources.KvLoans;

/// <summary>Writes what happens to a good loan after it is granted.</summary>
internal sealed class LoanLifeWriter(Random random)
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public IEnumerable<LoanEvent> Write(LoanEvent granted, DateOnly disbursed, DateOnly matures, decimal amount)
    {
        yield return granted;
        var term = matures.DayNumber - disbursed.DayNumber;
        var fate = random.NextDouble();
        if (fate < 0.70)
        {
            var repaid = random.NextDouble() < 0.2 ? disbursed.AddDays(90 + random.Next(Math.Max(1, term - 90))) : matures;
            yield return Event(repaid, "结清", repaid);
            yield break;
        }

        var overdue = disbursed.AddDays(60 + random.Next(Math.Max(1, term - 60)));
        yield return Event(overdue, "逾期", overdue);
        if (fate < 0.80)
        {
            var cured = overdue.AddDays(10 + random.Next(50));
            yield return Event(cured, "正常", cured);
            var repaid = cured >= matures ? cured.AddDays(30) : matures;
            yield return Event(repaid, "结清", repaid);
            yield break;
        }

        var npl = overdue.AddDays(90);
        yield return Event(npl, "不良", npl, npl);
        var claimed = Math.Round(amount * 0.8m, 2);
        yield return Event(npl.AddDays(30), "不良", npl, npl, claimed);
        if (fate < 0.92)
        {
            var paid = npl.AddDays(75);
            yield return Event(paid, "已代偿", paid, npl, claimed, claimed);
        }
    }

    private LoanEvent Event(DateOnly day, string status, DateOnly changedOn, DateOnly? npl = null, decimal? claimed = null, decimal? paid = null) =>
        new(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)).AddSeconds(random.Next(9 * 3600)), ChinaOffset), status, changedOn, npl, claimed, paid);
}
