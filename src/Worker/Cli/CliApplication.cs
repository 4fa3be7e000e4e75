using Microsoft.Extensions.Options;
using YuanlingTech.Worker.Configuration;

namespace YuanlingTech.Worker.Cli;

/// <summary>Dispatches the verbs of the worker executable; <c>--help</c> and usage errors are answered from <see cref="VerbCatalog"/>.</summary>
public static class CliApplication
{
    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    /// <summary>Runs a command line; help and usage go to <paramref name="output"/> and <paramref name="error"/> (the verbs' own output to the console).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        args = [.. args.Select(a => a == "-h" ? "--help" : a)];
        var command = CliCommand.Parse(args, VerbCatalog.Flags);
        if (args.Length > 0 && args[0] == "--help" || command.Verb == "help" && command.Arguments.Count == 0)
        {
            await output.WriteLineAsync(VerbCatalog.Overview());
            return ExitCodes.Success;
        }

        var verb = VerbCatalog.Find(command.Verb == "help" ? command.Arguments[0] : command.Verb);
        if (verb is null)
        {
            return await FailAsync(error, $"unknown verb '{(command.Verb == "help" ? command.Arguments[0] : command.Verb)}'", null);
        }

        if (command.Verb == "help" || command.Has("help"))
        {
            await output.WriteLineAsync(verb.Render());
            return ExitCodes.Success;
        }

        if (command.Options.Keys.FirstOrDefault(o => !verb.Accepts(o)) is { } unknown)
        {
            return await FailAsync(error, $"unknown option '--{unknown}' for '{verb.Name}'", verb);
        }

        return await DispatchAsync(command, verb, error);
    }

    private static async Task<int> DispatchAsync(CliCommand command, VerbHelp verb, TextWriter error)
    {
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
                "review" => await ReviewVerb.RunAsync(command, Console.Out, cancellation.Token),
                "check" => await CheckVerb.RunAsync(Console.Out, cancellation.Token),
                _ => throw new UsageException($"verb '{command.Verb}' has help but no implementation"),
            };
        }
        catch (OptionsConfigurationException ex)
        {
            await error.WriteLineAsync("configuration error: " + ex.Message);
            return ExitCodes.Usage;
        }
        catch (OptionsValidationException ex)
        {
            await error.WriteLineAsync("configuration error: " + string.Join(Environment.NewLine + "  ", ex.Failures));
            return ExitCodes.Usage;
        }
        catch (UsageException ex)
        {
            return await FailAsync(error, ex.Message, verb);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await error.WriteLineAsync($"{verb.Name}: interrupted");
            return ExitCodes.Failed;
        }
        catch (Exception ex) when (ExpectedErrors.Describe(ex, WarehouseLocation.TryDescribe()) is { } expected)
        {
            await error.WriteLineAsync(expected.Line);
            return expected.Exit;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The documented exit code instead of the runtime's abort (134), with the whole story for the operator.
            await error.WriteLineAsync($"{verb.Name} failed: {ex.Message}{Environment.NewLine}{ex}");
            return ExitCodes.Failed;
        }
    }

    private static async Task<int> FailAsync(TextWriter error, string problem, VerbHelp? verb)
    {
        await error.WriteLineAsync("error: " + problem);
        await error.WriteLineAsync(verb?.Render() ?? VerbCatalog.Overview());
        return ExitCodes.Usage;
    }
}
