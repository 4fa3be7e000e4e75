using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace YuanlingTech.Connectors.Abstractions;

/// <summary>
/// Validates data annotations and reports each failure with its full configuration key
/// (e.g. <c>Sources:kjt-hnte:TimeoutSeconds</c>) so a wrong value is easy to find. The validation context's display name is
/// the section path, so that an options class bound from several sections names the right one in its own rules.
/// </summary>
public sealed class SectionOptionsValidator<TOptions>(string? optionsName, string sectionPath) : IValidateOptions<TOptions>
    where TOptions : class
{
    /// <summary>The configuration section the options are bound from, e.g. <c>Sources:kv-loans</c>.</summary>
    public string SectionPath => sectionPath;

    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        if (optionsName is not null && optionsName != name)
        {
            return ValidateOptionsResult.Skip;
        }

        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options) { DisplayName = sectionPath }, results, validateAllProperties: true))
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(results.Select(r =>
            $"{sectionPath}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
    }
}
