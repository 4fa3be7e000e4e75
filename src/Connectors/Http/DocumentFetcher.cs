using System.Net;
using System.Net.Http.Headers;

namespace YuanlingTech.Connectors.Http;

/// <summary>
/// GETs one document with conditional headers and a size bound. Retries, timeouts and the circuit
/// breaker live in the HttpClient's resilience pipeline; this class turns the outcome into a
/// <see cref="FetchedDocument"/> or a <see cref="SourceFetchException"/> that names the URL.
/// </summary>
public sealed class DocumentFetcher(HttpClient httpClient, long maxResponseBytes)
{
    public async Task<FetchedDocument> FetchAsync(Uri url, CachedDocument? cached, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (cached?.ETag is { Length: > 0 } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (cached?.LastModified is { } lastModified)
        {
            request.Headers.IfModifiedSince = lastModified;
        }

        HttpResponseMessage response;
        try
        {
            response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new SourceFetchException(url, ex.StatusCode is { } code ? $"HTTP {(int)code}" : ex.Message, ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SourceFetchException(url, "timed out", ex);
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return Describe(url, response, []);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new SourceFetchException(url, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            var body = await ReadBoundedAsync(url, response.Content, cancellationToken);
            return Describe(url, response, body);
        }
    }

    private async Task<byte[]> ReadBoundedAsync(Uri url, HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > maxResponseBytes)
        {
            throw new SourceFetchException(url, $"response of {content.Headers.ContentLength} bytes exceeds the limit of {maxResponseBytes}");
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        try
        {
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxResponseBytes)
                {
                    throw new SourceFetchException(url, $"response exceeds the limit of {maxResponseBytes} bytes");
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (IOException ex)
        {
            throw new SourceFetchException(url, $"connection dropped after {buffer.Length} bytes", ex);
        }

        if (content.Headers.ContentLength is { } expected && expected != buffer.Length)
        {
            throw new SourceFetchException(url, $"truncated body: {buffer.Length} of {expected} bytes");
        }

        return buffer.ToArray();
    }

    private static FetchedDocument Describe(Uri url, HttpResponseMessage response, byte[] body) => new()
    {
        Url = url,
        StatusCode = (int)response.StatusCode,
        Body = body,
        ContentType = response.Content.Headers.ContentType?.MediaType,
        HeaderCharset = response.Content.Headers.ContentType?.CharSet,
        ETag = response.Headers.ETag?.ToString(),
        LastModified = response.Content.Headers.LastModified,
    };
}
