namespace YuanlingTech.Connectors.Sources.MarketContracts;

/// <summary>The rows read for a month differ from what its result counter states; the month is not loaded.</summary>
public sealed class MarketCounterMismatchException : Exception
{
    public MarketCounterMismatchException()
    {
    }

    public MarketCounterMismatchException(string message)
        : base(message)
    {
    }

    public MarketCounterMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MarketCounterMismatchException(Uri pageUrl, int counted, int stated, int pages)
        : base($"Row count mismatch at {pageUrl}: counted {counted} row(s) on {pages} page(s), the counter states 共 {stated} 条")
    {
        PageUrl = pageUrl;
        Counted = counted;
        Stated = stated;
    }

    public Uri? PageUrl { get; }

    public int Counted { get; }

    public int Stated { get; }
}
