namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>One tech-SME registration round: 公示, about two weeks later 公布, now and then a correction.</summary>
internal sealed class TechSmeBatch(int year, int number)
{
    private static readonly string[] Ordinals = ["一", "二", "三", "四", "五", "六"];

    public int Year { get; } = year;

    public int Number { get; } = number;

    public string Ordinal => Ordinals[Number - 1];

    /// <summary>The rows of the list that currently defines the batch (公布, or the latest correction) and when it was published.</summary>
    public List<TechSmeRow> FinalRows { get; set; } = [];

    public DateTime FinalAt { get; set; }
}
