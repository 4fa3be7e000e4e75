using System.Globalization;

namespace YuanlingTech.Bench;

/// <summary><c>--pg &lt;server connection string&gt; --worker &lt;Worker.dll&gt; [--scale 1] [--repetitions 3] [--out .data/bench] [--skip-x3]</c>.</summary>
internal sealed record BenchSettings(string ServerConnectionString, string WorkerDll, double Scale, int Repetitions, string OutFolder, bool SkipX3)
{
    public static BenchSettings Parse(string[] args)
    {
        string? pg = null;
        string? worker = null;
        var output = ".data/bench";
        var scale = 1.0;
        var repetitions = 3;
        var skipX3 = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--skip-x3")
            {
                skipX3 = true;
                continue;
            }

            var value = i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i - 1])
            {
                case "--pg": pg = value; break;
                case "--worker": worker = value; break;
                case "--scale": scale = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--repetitions": repetitions = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--out": output = value; break;
                default: throw new ArgumentException($"unknown option {args[i - 1]}");
            }
        }

        if (repetitions < 1)
        {
            throw new ArgumentException("--repetitions must be at least 1");
        }

        return new BenchSettings(
            pg ?? throw new ArgumentException("--pg is required"),
            Path.GetFullPath(worker ?? throw new ArgumentException("--worker is required")),
            scale,
            repetitions,
            Path.GetFullPath(output),
            skipX3);
    }
}
