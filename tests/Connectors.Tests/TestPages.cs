namespace YuanlingTech.Connectors.Tests;

internal static class TestPages
{
    public static string Read(params string[] relativePath) =>
        File.ReadAllText(Path.Combine([AppContext.BaseDirectory, .. relativePath]));
}
