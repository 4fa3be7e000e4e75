namespace YuanlingTech.Connectors.Abstractions;

/// <summary>
/// A connector that registers itself: <c>AddConnectors</c> finds the class the source registry names and calls its
/// <see cref="Register"/>, so a new source's registration lives in its own folder.
/// </summary>
public interface IRegisteredSource
{
    /// <summary>Registers the connector, its options (bound from <c>Sources:&lt;id&gt;</c>) and its HTTP client.</summary>
    static abstract void Register(SourceRegistrar registrar);
}
