
namespace YuanlingTech.Worker.Cli;

/// <summary>A parsed command line: the verb, its positional arguments and its <c>--options</c>.</summary>
public sealed record CliCommand(string Verb, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string?> Options)
{
    public bool Has(string option) => Options.ContainsKey(option);

    public string? Get(string option) => Options.GetValueOrDefault(option);

    /// <summary>Splits <paramref name="args"/>; options take a value unless listed in <paramref name="flags"/>.</summary>
    public static CliCommand Parse(IReadOnlyList<string> args, IReadOnlySet<string> flags)
    {
        var verb = args.Count > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "run";
        var rest = verb == "run" && (args.Count == 0 || args[0].StartsWith("--", StringComparison.Ordinal)) ? args : args.Skip(1).ToList();
        var positional = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < rest.Count; i++)
        {
            var arg = rest[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arg);
                continue;
            }

            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                options[arg[2..eq]] = arg[(eq + 1)..];
            }
            else if (flags.Contains(arg[2..]) || i + 1 >= rest.Count)
            {
                options[arg[2..]] = null;
            }
            else
            {
                options[arg[2..]] = rest[++i];
            }
        }

        return new CliCommand(verb, positional, options);
    }
}
