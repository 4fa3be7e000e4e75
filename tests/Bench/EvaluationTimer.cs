using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using YuanlingTech.Evaluation.Service;
using YuanlingTech.Worker.Hosting;

namespace YuanlingTech.Bench;

/// <summary>Times <see cref="TargetEvaluationService"/> (every target, history and worklists) in-process, after one warm-up.</summary>
internal static class EvaluationTimer
{
    public static async Task MeasureAsync(string connectionString, DateOnly on, Samples samples, int repetitions, CancellationToken cancellationToken)
    {
        using var host = WorkerHost.BuildTool(
            [new("ConnectionStrings:Warehouse", connectionString), new("Logging:LogLevel:Default", "Warning"), new("Logging:LogLevel:YuanlingTech", "Warning")],
            quiet: true);
        var service = host.Services.GetRequiredService<TargetEvaluationService>();
        await service.EvaluateAsync(on, "bench-warmup", cancellationToken);
        for (var i = 0; i < repetitions; i++)
        {
            var watch = Stopwatch.StartNew();
            await service.EvaluateAsync(on, "bench", cancellationToken);
            samples.Add(watch.Elapsed.TotalSeconds);
        }
    }
}
