using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Options;
using YuanlingTech.Connectors.Abstractions;

namespace YuanlingTech.Worker.Security;

/// <summary>
/// Stops start-up on a dashboard account that cannot work, naming the key and never echoing a secret:
/// a malformed hash, a user without a password, a plain password read from a file.
/// </summary>
public sealed class DashboardAccessOptionsValidator(IConfiguration configuration) : IValidateOptions<DashboardAccessOptions>
{
    public ValidateOptionsResult Validate(string? name, DashboardAccessOptions options)
    {
        var failures = new List<string>();
        var annotated = new SectionOptionsValidator<DashboardAccessOptions>(null, DashboardAccessOptions.Section).Validate(name, options);
        if (annotated.Failed)
        {
            failures.AddRange(annotated.Failures);
        }

        Check(options.Admin, "Admin", failures);
        Check(options.Reader, "Reader", failures);
        if (options.Admin.IsConfigured && string.Equals(options.Admin.User, options.Reader.User, StringComparison.Ordinal))
        {
            failures.Add($"{DashboardAccessOptions.Section}:Reader:User: must differ from {DashboardAccessOptions.Section}:Admin:User.");
        }

        if (string.IsNullOrWhiteSpace(options.Realm) || options.Realm.Any(c => c == '"' || char.IsControl(c)))
        {
            failures.Add($"{DashboardAccessOptions.Section}:Realm: must be non-empty, without quotes or control characters.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void Check(DashboardAccount account, string accountName, List<string> failures)
    {
        var path = $"{DashboardAccessOptions.Section}:{accountName}";
        var environmentVariable = $"{DashboardAccessOptions.Section}__{accountName}__Password";
        var hasHash = !string.IsNullOrEmpty(account.PasswordHash);
        var hasPassword = !string.IsNullOrEmpty(account.Password);
        if (!account.IsConfigured)
        {
            if (hasHash || hasPassword)
            {
                failures.Add($"{path}:User: is empty but a password is set.");
            }

            return;
        }

        if (hasHash == hasPassword)
        {
            failures.Add(hasHash
                ? $"{path}:Password: set either {path}:PasswordHash or the password, not both."
                : $"{path}:PasswordHash: account '{account.User}' has no password; set a hash (see README, \"Dashboard access\") or the environment variable {environmentVariable}.");
        }

        if (hasHash && DashboardPasswordHasher.Problem(account.PasswordHash!) is { } problem)
        {
            failures.Add($"{path}:PasswordHash: not a valid password hash: {problem}.");
        }

        if (hasPassword && FileDefining(path + ":Password") is { } file)
        {
            failures.Add($"{path}:Password: a plain password is read from {file}; keep it in the environment variable {environmentVariable}, or put a hash in {path}:PasswordHash.");
        }
    }

    private string? FileDefining(string key) => configuration is IConfigurationRoot root
        ? root.Providers.OfType<JsonConfigurationProvider>()
            .Where(provider => provider.TryGet(key, out var value) && !string.IsNullOrEmpty(value))
            .Select(provider => provider.Source.Path)
            .LastOrDefault()
        : null;
}
