using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Evaluation.Notifications;
using YuanlingTech.Evaluation.Review;
using YuanlingTech.Evaluation.Service;
using YuanlingTech.Targets.Configuration;

namespace YuanlingTech.Evaluation;

public static class EvaluationServiceCollectionExtensions
{
    /// <summary>
    /// Every Evaluation service: the target evaluation, the year review and the notifier, with the options they read
    /// (<c>Targets</c>, <c>Notifications</c>) bound and validated at start-up. The report builders are made per report, not registered.
    /// </summary>
    public static IServiceCollection AddEvaluation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TargetsOptions>().Bind(configuration.GetSection(TargetsOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TargetsOptions>, TargetsOptionsValidator>();
        services.AddOptions<NotificationOptions>().Bind(configuration.GetSection(NotificationOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<NotificationOptions>>(
            new SectionOptionsValidator<NotificationOptions>(Options.DefaultName, NotificationOptions.Section));
        // The default HTTP logging would print the webhook URL, whose path or query holds the robot's secret.
        services.AddHttpClient(Notifier.HttpClientName).RemoveAllLoggers();
        services.AddSingleton<Notifier>();
        services.AddSingleton<ReviewService>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TargetEvaluationService>();
        return services;
    }
}
