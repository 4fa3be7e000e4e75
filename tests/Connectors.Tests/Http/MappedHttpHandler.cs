using System.Net;

namespace YuanlingTech.Connectors.Tests.Http;

/// <summary>Answers mapped URLs with canned responses and throws on anything else, so no test reaches the network.</summary>
public sealed class MappedHttpHandler(Dictionary<string, Func<HttpRequestMessage, HttpResponseMessage>> routes) : HttpMessageHandler
{
    public List<HttpRequestMessage> Requests { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        var url = request.RequestUri!.AbsoluteUri;
        return routes.TryGetValue(url, out var respond)
            ? Task.FromResult(respond(request))
            : throw new InvalidOperationException($"unmapped URL in test: {url}");
    }

    public static HttpResponseMessage Ok(byte[] body, string? etag = null) => new(HttpStatusCode.OK)
    {
        Content = new ByteArrayContent(body),
        Headers = { ETag = etag is null ? null : new System.Net.Http.Headers.EntityTagHeaderValue(etag) },
    };
}
