using System.Security.Cryptography;
using YuanlingTech.Connectors.Http;

namespace YuanlingTech.Connectors.Tests.Notices;

/// <summary>Page bytes written to a temp file, as the fetcher spools a large body; the file goes with the test.</summary>
internal sealed class SpooledPages : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "yuanling-spool-tests", Guid.NewGuid().ToString("N"));

    public SpooledPages() => Directory.CreateDirectory(_directory);

    public FetchedDocument Document(Uri url, byte[] bytes, string? headerCharset)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".body");
        File.WriteAllBytes(path, bytes);
        var spooled = new SpooledBody(path, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        return new FetchedDocument { Url = url, StatusCode = 200, Spooled = spooled, HeaderCharset = headerCharset };
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
