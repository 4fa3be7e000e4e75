namespace YuanlingTech.PortalSimulator.Sources.KvLoans;

/// <summary>One change of a loan on the platform; <see cref="At"/> is China time (+08:00).</summary>
internal sealed record LoanEvent(
    DateTimeOffset At,
    string Status,
    DateOnly StatusChangedOn,
    DateOnly? NplOn,
    decimal? Claimed,
    decimal? Paid)
{
    public DateOnly Day => DateOnly.FromDateTime(At.DateTime);
}
