namespace YuanlingTech.Connectors.Http;

/// <summary>Creates the files large bodies are spooled into; tests substitute one whose disk fills up.</summary>
public interface ISpoolFileFactory
{
    /// <summary>A new empty file at <paramref name="path"/>, open for writing (and reading, for the length and the archive).</summary>
    Stream Create(string path);
}
