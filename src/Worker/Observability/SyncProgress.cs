using System.Globalization;
using Hangfire.Server;
using Npgsql;

namespace YuanlingTech.Worker.Observability;

/// <summary>
/// A running sync's progress (the connector's "done/total …; counters" messages) as the job parameter <c>Progress</c>, shown on
/// the job's dashboard page, and as an Information log line; both at most every <see cref="Interval"/>, the last one always.
/// </summary>
public sealed class SyncProgress(string sourceId, PerformContext? context, ILogger logger, TimeProvider time)
{
    public const string Parameter = "Progress";

    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private readonly Lock _lock = new();
    private DateTimeOffset _lastWritten = DateTimeOffset.MinValue;
    private string? _pending;

    /// <summary>Called by the sync session for every message; writes when the interval has passed since the last write.</summary>
    public void Report(string message)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (now - _lastWritten < Interval)
            {
                _pending = message;
                return;
            }

            _lastWritten = now;
            _pending = null;
            Write(message, now);
        }
    }

    /// <summary>Writes the final state, replacing any held-back message.</summary>
    public void Finish(string summary)
    {
        lock (_lock)
        {
            _pending = null;
            Write(summary, time.GetUtcNow());
        }
    }

    private void Write(string message, DateTimeOffset at)
    {
        logger.Progress(sourceId, message);
        try
        {
            context?.SetJobParameter(Parameter, $"{at.ToOffset(TimeSpan.FromHours(8)).ToString("HH:mm:ss", CultureInfo.InvariantCulture)} {message}");
        }
        catch (NpgsqlException ex)
        {
            // Progress is a courtesy; a database blip must not fail the sync that reports it.
            logger.ProgressNotStored(sourceId, ex.Message);
        }
    }
}
