namespace YuanlingTech.Normalization.Manual;

/// <summary>The ids stored for each template (<c>ingest.inbox_file.template</c>).</summary>
public static class ManualTemplateNames
{
    /// <summary>Every template's id, in the order of <see cref="ManualTemplate"/>.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<ManualTemplate>().Select(Of)];

    public static string Of(ManualTemplate template) => template switch
    {
        ManualTemplate.RdSpending => "rd_spending",
        ManualTemplate.Platform => "platform",
        ManualTemplate.TargetImport => "target_import",
        ManualTemplate.RegionalGdp => "regional_gdp",
        ManualTemplate.ChallengeProject => "challenge_project",
        _ => throw new ArgumentOutOfRangeException(nameof(template), template, null),
    };
}
