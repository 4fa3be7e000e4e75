namespace YuanlingTech.Connectors.Abstractions;

/// <summary>
/// A run that loaded what it could but met documents it could not process; the message lists each
/// one with its URL and problem so an admin can act on it from the dashboard's Failed list.
/// </summary>
public sealed class SourceRunException : Exception
{
    public SourceRunException(string sourceId, IReadOnlyList<string> problems)
        : base($"{sourceId}: {problems.Count} document(s) failed; everything else was loaded.{Environment.NewLine}" +
               string.Join(Environment.NewLine, problems.Select(p => " - " + p)))
    {
        Problems = problems;
    }

    public SourceRunException()
    {
        Problems = [];
    }

    public SourceRunException(string message)
        : base(message)
    {
        Problems = [message];
    }

    public SourceRunException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public IReadOnlyList<string> Problems { get; }
}
