namespace YuanlingTech.Targets.Evaluation;

/// <summary>Where a target's baseline came from: the stored code and its label.</summary>
public static class BaselineOrigins
{
    public const string Configured = "configured";
    public const string Warehouse = "warehouse";

    /// <summary>Every origin; the check constraint of <c>warehouse.target_evaluation</c> is built from it.</summary>
    public static IReadOnlyList<string> All { get; } = [Configured, Warehouse];

    public static string Label(string? origin, string language) => (origin, language) switch
    {
        (Configured, "en") => "configured",
        (Configured, _) => "配置",
        (Warehouse, "en") => "warehouse",
        (Warehouse, _) => "数据仓库",
        _ => "",
    };
}
