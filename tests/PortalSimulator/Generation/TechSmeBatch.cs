namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>One tech-SME registration round: 公示, about two weeks later 公布, now and then a correction (all planned ahead).</summary>
internal sealed class TechSmeBatch(int year, int number, DateTime proposedAt, DateTime registeredAt, DateTime? correctedAt)
{
    private static readonly string[] Ordinals = ["一", "二", "三", "四", "五", "六"];

    public int Year { get; } = year;

    public int Number { get; } = number;

    public string Ordinal => Ordinals[Number - 1];

    public DateTime ProposedAt { get; } = proposedAt;

    public DateTime RegisteredAt { get; } = registeredAt;

    /// <summary>When a correction re-publishes the batch (always within its year), or null.</summary>
    public DateTime? CorrectedAt { get; } = correctedAt;

    /// <summary>Publication of the list that defines the batch: the correction, else the 公布.</summary>
    public DateTime FinalAt => CorrectedAt ?? RegisteredAt;

    /// <summary>The rows of the list that currently defines the batch (公布, or the latest correction).</summary>
    public List<TechSmeRow> FinalRows { get; set; } = [];
}
