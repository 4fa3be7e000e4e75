namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>One recognition round: a 公示 and ~25 days later the recognized list.</summary>
internal sealed class HnteBatch(int year, int number, DateTime proposedAt, DateTime recognizedAt)
{
    private static readonly string[] Ordinals = ["一", "二", "三", "四", "五"];

    public int Year { get; } = year;

    public int Number { get; } = number;

    public string Ordinal => Ordinals[Number - 1];

    public DateTime ProposedAt { get; } = proposedAt;

    public DateTime RecognizedAt { get; } = recognizedAt;

    public List<Enterprise> Firms { get; } = [];

    /// <summary>Proposed but never recognized.</summary>
    public HashSet<Enterprise> Dropped { get; } = [];
}
