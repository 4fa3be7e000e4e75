using Microsoft.Extensions.Options;
using YuanlingTech.Connectors.Abstractions;

namespace YuanlingTech.Worker.Configuration;

/// <summary>Data annotations plus the checks they cannot express, each naming its key.</summary>
public sealed class WorkerOptionsValidator : IValidateOptions<WorkerOptions>
{
    private readonly SectionOptionsValidator<WorkerOptions> _annotations = new(Options.DefaultName, WorkerOptions.Section);

    public ValidateOptionsResult Validate(string? name, WorkerOptions options)
    {
        var failures = new List<string>();
        var annotated = _annotations.Validate(name, options);
        if (annotated.Failed)
        {
            failures.AddRange(annotated.Failures);
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _))
        {
            failures.Add($"{WorkerOptions.Section}:TimeZone: '{options.TimeZone}' is not a known time zone id (use e.g. Asia/Shanghai).");
        }

        if (!Dashboard.DashboardCulture.IsSupported(options.Culture))
        {
            failures.Add($"{WorkerOptions.Section}:Culture: '{options.Culture}' is not supported (use {string.Join(" or ", Dashboard.DashboardCulture.Supported)}).");
        }
        else if (!Dashboard.DashboardCulture.IsAvailable(options.Culture))
        {
            failures.Add($"{WorkerOptions.Section}:Culture: '{options.Culture}' is not available in this runtime: it runs with invariant globalization "
                + "(no ICU). Install libicu, and unset DOTNET_SYSTEM_GLOBALIZATION_INVARIANT.");
        }

        foreach (var url in options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                failures.Add($"{WorkerOptions.Section}:Urls: '{url}' is not an http(s) URL.");
            }
        }

        foreach (var entry in Security.AllowedHosts.Entries(options.AllowedHosts ?? ""))
        {
            if (Security.AllowedHosts.Problem(entry) is { } problem)
            {
                failures.Add($"{Security.AllowedHosts.Key}: {problem}.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
