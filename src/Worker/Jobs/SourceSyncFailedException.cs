namespace YuanlingTech.Worker.Jobs;

/// <summary>Thrown so Hangfire records a failed sync with a message a person can act on.</summary>
public sealed class SourceSyncFailedException : Exception
{
    public SourceSyncFailedException()
    {
    }

    public SourceSyncFailedException(string message)
        : base(message)
    {
    }

    public SourceSyncFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
