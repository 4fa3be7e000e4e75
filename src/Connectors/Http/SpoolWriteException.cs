namespace YuanlingTech.Connectors.Http;

/// <summary>Writing a body to the spool failed (disk full, temp directory gone): the local disk's fault, not the connection's.</summary>
internal sealed class SpoolWriteException(string path, Exception inner) : IOException($"writing the body to {path} failed: {inner.Message}", inner);
