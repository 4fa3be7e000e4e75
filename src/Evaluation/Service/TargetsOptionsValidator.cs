using Microsoft.Extensions.Options;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.Targets.Configuration;

namespace YuanlingTech.Evaluation.Service;

/// <summary>Stops start-up on an invalid targets.json, naming each bad key.</summary>
public sealed class TargetsOptionsValidator : IValidateOptions<TargetsOptions>
{
    public ValidateOptionsResult Validate(string? name, TargetsOptions options)
    {
        var problems = TargetsValidator.Validate(options, code => HunanDivisions.Find(code) is not null);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
