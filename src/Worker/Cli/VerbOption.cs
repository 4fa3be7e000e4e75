
namespace YuanlingTech.Worker.Cli;

/// <summary>One <c>--option</c> of a verb; <see cref="Value"/> is the placeholder of its value, null for a flag.</summary>
public sealed record VerbOption(string Name, string? Value, string Description);
