namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>One recognition round: a 公示 and ~25 days later the recognized list, whose certificates are issued on <paramref name="issuedOn"/>.</summary>
internal sealed class HnteBatch(int year, int number, DateTime proposedAt, DateTime recognizedAt, DateOnly issuedOn)
{
    private static readonly string[] Ordinals = ["一", "二", "三", "四", "五"];

    public int Year { get; } = year;

    public int Number { get; } = number;

    public string Ordinal => Ordinals[Number - 1];

    public DateTime ProposedAt { get; } = proposedAt;

    public DateTime RecognizedAt { get; } = recognizedAt;

    /// <summary>发证日期: the recognized list's publication day or up to 5 days before.</summary>
    public DateOnly IssuedOn { get; } = issuedOn;

    public List<Enterprise> Firms { get; } = [];

    /// <summary>Proposed but never recognized.</summary>
    public HashSet<Enterprise> Dropped { get; } = [];
}
