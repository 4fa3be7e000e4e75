using YuanlingTech.Connectors.Sources.Manual;
using YuanlingTech.Normalization.Manual;

namespace YuanlingTech.Connectors.Tests.Sources.Manual;

/// <summary>Keeps the column tables of docs/manual-files.md in step with <see cref="ManualTemplates"/>, alias by alias.</summary>
public sealed class ManualFilesDocsTests
{
    public static TheoryData<ManualTemplate> Templates => [.. Enum.GetValues<ManualTemplate>()];

    [Theory]
    [MemberData(nameof(Templates))]
    public void Docs_ListEveryColumnWithItsAcceptedHeaders_InTheOrderOfTheDeclaration(ManualTemplate template)
    {
        var table = $"`warehouse.{ManualTemplateNames.Of(template)}`";
        var documented = ReadSections().GetValueOrDefault(table);

        Assert.True(documented is not null, $"docs/manual-files.md has no section ending in {table}");
        var declared = ManualTemplates.All.Single(t => t.Template == template).Map.Columns
            .Select(c => (c.Aliases[0], string.Join(", ", c.Aliases)));
        Assert.Equal(declared, documented);
    }

    // "## N. Title — `warehouse.x`" headings, each with its table's (column, accepted headers) cells.
    private static Dictionary<string, List<(string Column, string Headers)>> ReadSections()
    {
        var path = Path.Combine(ManualTemplateWorkbook.RepositoryRoot(), "docs", "manual-files.md");
        var sections = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        List<(string, string)>? current = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                var dash = line.LastIndexOf(" — ", StringComparison.Ordinal);
                current = dash < 0 ? null : sections[line[(dash + 3)..].Trim()] = [];
            }
            else if (current is not null && line.StartsWith("| ", StringComparison.Ordinal))
            {
                var cells = line.Split('|', StringSplitOptions.TrimEntries);
                if (cells[1] is not ("column" or "---"))
                {
                    current.Add((cells[1], cells[3]));
                }
            }
        }

        return sections;
    }
}
