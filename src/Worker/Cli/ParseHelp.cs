using YuanlingTech.Normalization.Sources;

namespace YuanlingTech.Worker.Cli;

/// <summary>The sources <c>parse</c> reads and what it reads of each, from the source registry.</summary>
public static class ParseHelp
{
    public static IEnumerable<string> Sources() => SourceRegistry.All.Where(s => s.ParseInputs.Count > 0).Select(s => s.Id);

    public static string Inputs() => string.Join(
        Environment.NewLine,
        SourceRegistry.All.Where(s => s.ParseInputs.Count > 0).Select(s => $"  {s.Id}: {string.Join("; ", s.ParseInputs)}"));
}
