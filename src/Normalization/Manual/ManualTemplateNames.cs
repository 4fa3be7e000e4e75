namespace YuanlingTech.Normalization.Manual;

/// <summary>The ids stored for each template (<c>ingest.inbox_file.template</c>).</summary>
public static class ManualTemplateNames
{
    public static string Of(ManualTemplate template) => template switch
    {
        ManualTemplate.RdSpending => "rd_spending",
        ManualTemplate.Platform => "platform",
        ManualTemplate.TargetImport => "target_import",
        _ => throw new ArgumentOutOfRangeException(nameof(template), template, null),
    };
}
