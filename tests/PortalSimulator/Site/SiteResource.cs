using System.Security.Cryptography;

namespace YuanlingTech.PortalSimulator.Site;

/// <summary>One URL of the portal; the body is rendered on first request and then cached.</summary>
internal sealed class SiteResource
{
    private readonly Lazy<(byte[] Body, string ETag)> _content;

    public SiteResource(string contentType, DateTimeOffset lastModified, Func<byte[]> render)
    {
        ContentType = contentType;
        LastModified = lastModified;
        _content = new Lazy<(byte[], string)>(() =>
        {
            var body = render();
            var hash = Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 12));
            return (body, $"\"{hash}\"");
        });
    }

    public string ContentType { get; }

    /// <summary>Whole seconds, as HTTP dates carry.</summary>
    public DateTimeOffset LastModified { get; }

    public byte[] Body => _content.Value.Body;

    public string ETag => _content.Value.ETag;
}
