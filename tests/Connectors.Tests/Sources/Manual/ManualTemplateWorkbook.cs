using YuanlingTech.Connectors.Sources.Manual;
using YuanlingTech.Normalization.Manual;

namespace YuanlingTech.Connectors.Tests.Sources.Manual;

/// <summary>
/// The empty templates shipped in docs/templates: one header row, each column's first alias. Regenerate them with
/// <c>YUANLING_WRITE_TEMPLATES=1 dotnet test tests/Connectors.Tests -c Release --filter ShippedTemplate</c>.
/// </summary>
internal static class ManualTemplateWorkbook
{
    public static IReadOnlyDictionary<ManualTemplate, string> FileNames { get; } = new Dictionary<ManualTemplate, string>
    {
        [ManualTemplate.RdSpending] = "rd-spending.xlsx",
        [ManualTemplate.Platform] = "platforms.xlsx",
        [ManualTemplate.TargetImport] = "targets.xlsx",
        [ManualTemplate.RegionalGdp] = "regional-gdp.xlsx",
        [ManualTemplate.ChallengeProject] = "challenge-projects.xlsx",
    };

    public static string[] Headers(ManualTemplate template) =>
        [.. ManualTemplates.All.Single(t => t.Template == template).Map.Columns.Select(c => c.Aliases[0])];

    public static MemoryStream Create(ManualTemplate template) => XlsxFixture.Create([.. Headers(template)]);

    public static string TemplatesFolder() => Path.Combine(RepositoryRoot(), "docs", "templates");

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "YuanlingTech.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("YuanlingTech.sln not found above " + AppContext.BaseDirectory);
    }
}
