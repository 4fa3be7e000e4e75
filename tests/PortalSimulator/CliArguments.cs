using System.Globalization;

namespace YuanlingTech.PortalSimulator;

/// <summary>Parses <c>--port 5080 --seed 42 --scale 0.01 [--county 431222] [--pagination classic] [--profile trs] [--page-size 20]
/// [--as-of 2026-11-01] [--layout-change] [--ground-truth out.json] [--pre-render] [--volume]</c>;
/// <c>--volume</c> prints per-source volumes instead of serving.</summary>
internal static class CliArguments
{
    public static SimulatorOptions Parse(string[] args)
    {
        var options = new SimulatorOptions { Port = 5080 };
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name == "--layout-change")
            {
                options = options with { InjectLayoutChange = true };
                continue;
            }

            if (name == "--pre-render")
            {
                options = options with { PreRender = true };
                continue;
            }

            if (name == "--volume")
            {
                continue;
            }

            if (i + 1 >= args.Length)
            {
                throw new ArgumentException($"Option {name} needs a value.", nameof(args));
            }

            var value = args[++i];
            options = name switch
            {
                "--port" => options with { Port = int.Parse(value, CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                "--scale" => options with { Scale = double.Parse(value, CultureInfo.InvariantCulture) },
                "--county" => options with { CountyCode = value },
                "--pagination" => options with { PaginationStyle = value },
                "--profile" => options with { MarkupProfile = value },
                "--page-size" => options with { PageSize = int.Parse(value, CultureInfo.InvariantCulture) },
                "--as-of" => options with { AsOf = DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture) },
                "--ground-truth" => options with { GroundTruthPath = value },
                "--manual-inbox" => options with { ManualInboxPath = value },
                _ => throw new ArgumentException($"Unknown option {name}.", nameof(args)),
            };
        }

        return options;
    }
}
