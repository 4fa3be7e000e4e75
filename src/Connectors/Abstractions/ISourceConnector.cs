namespace YuanlingTech.Connectors.Abstractions;

/// <summary>A source: walks its remote documents and hands every changed one, normalized, to the session.</summary>
public interface ISourceConnector
{
    /// <summary>The stable source id, e.g. <c>kjt-hnte</c>.</summary>
    string SourceId { get; }

    /// <summary>
    /// One sync. Throws when the run must be marked failed (after loading everything that was good).
    /// </summary>
    Task RunAsync(ISyncSession session, CancellationToken cancellationToken);
}
