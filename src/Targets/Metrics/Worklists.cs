namespace YuanlingTech.Targets.Metrics;

/// <summary>
/// The worklists of enterprises behind a metric's gap (<see cref="MetricDefinition.Worklist"/>): the metric catalog
/// names them, the worklist SQL fills them and the check constraint of <c>warehouse.worklist_item</c> is built from <see cref="All"/>.
/// </summary>
public static class Worklists
{
    public const string HnteExpiring = "hnte_expiring";
    public const string TechSmeLapsed = "techsme_lapsed";
    public const string Cultivate = "cultivate";

    public static IReadOnlyList<string> All { get; } = [HnteExpiring, TechSmeLapsed, Cultivate];
}
