using Microsoft.Extensions.Options;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Evaluation.Notifications;
using YuanlingTech.Worker.Configuration;
using YuanlingTech.Worker.Dashboard;

namespace YuanlingTech.Worker.Security;

/// <summary>
/// Checks that span sections, each failure naming its key: a <c>Sources:&lt;id&gt;</c> section no connector
/// knows (a typo would otherwise silently leave the real source on its defaults), every cron Hangfire would refuse,
/// every <c>*Url</c> that is not an absolute http(s) URL, and a dashboard culture whose language is not the Targets pages'.
/// </summary>
public sealed class ConfigurationChecksValidator(IConfiguration configuration, IEnumerable<ISourceConnector> connectors)
    : IValidateOptions<ConfigurationChecks>
{
    private const string Sources = "Sources";

    public ValidateOptionsResult Validate(string? name, ConfigurationChecks options)
    {
        var known = connectors.Select(c => c.SourceId).ToHashSet(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var source in configuration.GetSection(Sources).GetChildren())
        {
            if (!known.Contains(source.Key))
            {
                failures.Add($"{source.Path}: unknown source id '{source.Key}' (known: {string.Join(", ", known.Order(StringComparer.Ordinal))}).");
                continue;
            }

            CheckCron(source.GetSection("Cron"), failures);
            foreach (var setting in source.GetChildren().Where(s => s.Key.EndsWith("Url", StringComparison.OrdinalIgnoreCase)))
            {
                CheckUrl(setting, failures, secret: false);
            }
        }

        CheckCron(configuration.GetSection($"{WorkerOptions.Section}:{nameof(WorkerOptions.EvaluateCron)}"), failures);
        CheckUrl(configuration.GetSection($"{NotificationOptions.Section}:{nameof(NotificationOptions.WebhookUrl)}"), failures, secret: true);
        CheckDashboardLanguage(failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // The Targets, worklist and Review pages write their labels in Targets:Language inside Hangfire's frame in Worker:Culture.
    private void CheckDashboardLanguage(List<string> failures)
    {
        var culture = configuration[$"{WorkerOptions.Section}:{nameof(WorkerOptions.Culture)}"] ?? new WorkerOptions().Culture;
        var language = configuration["Targets:Language"] ?? "zh";
        if (DashboardCulture.IsSupported(culture) && language is "zh" or "en" && DashboardCulture.Language(culture) != language)
        {
            failures.Add($"{WorkerOptions.Section}:Culture: '{culture}' and Targets:Language '{language}' disagree, so the Targets pages would mix "
                + $"two languages; set Targets:Language to '{DashboardCulture.Language(culture)}' or Worker:Culture to match '{language}'.");
        }
    }

    private static void CheckCron(IConfigurationSection cron, List<string> failures)
    {
        // A missing key keeps the options class's default, which is valid.
        if (cron.Value is not null && CronCheck.Problem(cron.Value) is { } problem)
        {
            failures.Add($"{cron.Path}: {problem}.");
        }
    }

    private static void CheckUrl(IConfigurationSection setting, List<string> failures, bool secret)
    {
        if (string.IsNullOrEmpty(setting.Value))
        {
            return;
        }

        if (!Uri.TryCreate(setting.Value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            // A webhook URL carries its robot's key: say what is wrong without repeating it.
            var shown = secret ? "the value" : $"'{setting.Value}'";
            failures.Add($"{setting.Path}: {shown} is not an absolute http(s) URL.");
        }
    }
}
