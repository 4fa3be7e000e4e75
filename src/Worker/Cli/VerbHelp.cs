using System.Text;

namespace YuanlingTech.Worker.Cli;

/// <summary>What <c>&lt;verb&gt; --help</c> prints: usage line, what the verb does, its options and exit codes.</summary>
public sealed record VerbHelp(
    string Name,
    string Synopsis,
    string Summary,
    string Description,
    IReadOnlyList<VerbOption> Options,
    IReadOnlyList<(int Code, string Meaning)> ExitCodes)
{
    public bool Accepts(string option) => option == "help" || Options.Any(o => o.Name == option);

    public string Render()
    {
        var text = new StringBuilder();
        text.AppendLine("usage: YuanlingTech.Worker " + Synopsis).AppendLine();
        foreach (var line in Description.Split('\n'))
        {
            text.AppendLine("  " + line.TrimEnd());
        }

        text.AppendLine().AppendLine("options:");
        foreach (var option in Options)
        {
            var left = option.Value is null ? $"--{option.Name}" : $"--{option.Name} <{option.Value}>";
            text.AppendLine($"  {left,-22} {option.Description}");
        }

        text.AppendLine($"  {"--help, -h",-22} print this help and exit 0");
        text.AppendLine().AppendLine("exit codes:");
        foreach (var (code, meaning) in ExitCodes)
        {
            text.AppendLine($"  {code,-3} {meaning}");
        }

        text.AppendLine().Append("configuration: appsettings/appsettings*.json, then environment variables (Section__Key); see docs/configuration.md");
        return text.ToString();
    }
}
