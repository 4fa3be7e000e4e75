using Microsoft.Extensions.Options;
using YuanlingTech.Worker.Hosting;

namespace YuanlingTech.Worker.Cli;

/// <summary>Dispatches the verbs of the worker executable.</summary>
public static class CliApplication
{
    private static readonly HashSet<string> Flags = ["once", "first-sync", "help", "rows"];

    public const string Usage = """
        YuanlingTech worker

        usage: YuanlingTech.Worker [verb] [options]
          run [--first-sync] [--once]        server + dashboard (default verb); --first-sync enqueues a sync of
                                             every enabled source at start and prints a summary; --once does the
                                             same work without the server and exits (0 = all sources succeeded)
          migrate                            apply database migrations and exit
          sync <source>|all                  one-shot sync; exit 0 ok, 1 failed, 75 another run holds the lock
          parse --source <id> <file-or-url>  print what a saved page yields (JSON lines); touches no database
          summary                            print the one-screen warehouse summary
          evaluate [--date d] [--region code]  evaluate every target (as of today, China time) and print the table
          rejects [--source id] [--run id] [--rows]  rejected rows by source and reason; --rows lists each with its raw values
          report --year y --out f.xlsx [--region code]  xlsx of the last evaluation: summary, worklists, charts
          check                              run the data-quality checks, store and print them; exit 1 when an
                                             error-level check fails (docs/data-quality.md)

        configuration: appsettings/appsettings*.json and environment variables (e.g. ConnectionStrings__Warehouse)
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var command = CliCommand.Parse(args, Flags);
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = command.Verb == "run" && !command.Has("once") ? e.Cancel : true;
            cancellation.Cancel();
        };

        try
        {
            return command.Verb switch
            {
                "run" when command.Has("once") => await OnceVerb.RunAsync(cancellation.Token),
                "run" => await RunVerb.RunAsync(command, cancellation.Token),
                "migrate" => await MigrateVerb.RunAsync(cancellation.Token),
                "sync" => await SyncVerb.RunAsync(command, cancellation.Token),
                "parse" => await ParseVerb.RunAsync(command, Console.Out, cancellation.Token),
                "summary" => await SummaryVerb.RunAsync(cancellation.Token),
                "evaluate" => await EvaluateVerb.RunAsync(command, cancellation.Token),
                "rejects" => await RejectsVerb.RunAsync(command, Console.Out, cancellation.Token),
                "report" => await ReportVerb.RunAsync(command, cancellation.Token),
                "check" => await CheckVerb.RunAsync(Console.Out, cancellation.Token),
                "help" => PrintUsage(ExitCodes.Success),
                _ => PrintUsage(ExitCodes.Usage, $"unknown verb '{command.Verb}'"),
            };
        }
        catch (OptionsConfigurationException ex)
        {
            await Console.Error.WriteLineAsync("configuration error: " + ex.Message);
            return ExitCodes.Usage;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync("configuration error: " + string.Join(Environment.NewLine + "  ", ex.Failures));
            return ExitCodes.Usage;
        }
        catch (UsageException ex)
        {
            return PrintUsage(ExitCodes.Usage, ex.Message);
        }
    }

    private static int PrintUsage(int exitCode, string? problem = null)
    {
        if (problem is not null)
        {
            Console.Error.WriteLine("error: " + problem);
        }

        (exitCode == 0 ? Console.Out : Console.Error).WriteLine(Usage);
        return exitCode;
    }
}
