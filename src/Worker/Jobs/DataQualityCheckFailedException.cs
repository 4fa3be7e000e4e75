namespace YuanlingTech.Worker.Jobs;

/// <summary>An error-level data-quality check found rows; the message names each failed check.</summary>
public sealed class DataQualityCheckFailedException : Exception
{
    public DataQualityCheckFailedException()
    {
    }

    public DataQualityCheckFailedException(string message)
        : base(message)
    {
    }

    public DataQualityCheckFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
