using System.Net;
using System.Net.Http.Headers;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace YuanlingTech.Connectors.Http;

/// <summary>
/// GETs one document with conditional headers and a size bound. Retries, timeouts and the circuit
/// breaker live in the HttpClient's resilience pipeline; this class turns the outcome into a
/// <see cref="FetchedDocument"/> or a <see cref="SourceFetchException"/> that names the URL.
/// </summary>
/// <remarks>
/// The resilience pipeline's timeouts end when the headers arrive; <paramref name="bodyTimeout"/> bounds the body
/// that follows, so a server that sends headers and then stalls cannot hold a run forever. With a
/// <paramref name="spool"/>, a body from <paramref name="spoolThresholdBytes"/> on is written to a file in it
/// (<see cref="FetchedDocument.Spooled"/>) instead of being held in memory.
/// </remarks>
public sealed class DocumentFetcher(
    HttpClient httpClient,
    long maxResponseBytes,
    TimeSpan? bodyTimeout = null,
    BodySpool? spool = null,
    long spoolThresholdBytes = DocumentFetcher.DefaultSpoolThresholdBytes)
{
    public const long DefaultSpoolThresholdBytes = 4L * 1024 * 1024;

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
            throw new SourceFetchException(url, ex.StatusCode is { } code ? $"HTTP {(int)code}" : $"connection failed: {Innermost(ex)}", ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new SourceFetchException(url, $"timed out after {ex.Timeout.TotalSeconds:0.#} s", ex);
        }
        catch (BrokenCircuitException ex)
        {
            throw new SourceFetchException(url, "too many recent failures on this source; the circuit breaker is open", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SourceFetchException(url, "timed out", ex);
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return Describe(url, response, [], null);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new SourceFetchException(url, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            using var bodyDeadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            bodyDeadline.CancelAfter(bodyTimeout ?? Timeout.InfiniteTimeSpan);
            try
            {
                var (body, spooled) = await ReadBoundedAsync(url, response.Content, bodyDeadline.Token);
                return Describe(url, response, body, spooled);
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw new SourceFetchException(url, $"the body did not arrive within {bodyTimeout?.TotalSeconds:0.#} s (stalled)", ex);
            }
        }
    }

    private async Task<(byte[] Bytes, SpooledBody? Spooled)> ReadBoundedAsync(Uri url, HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > maxResponseBytes)
        {
            throw new SourceFetchException(url, $"response of {content.Headers.ContentLength} bytes exceeds the limit of {maxResponseBytes}");
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new SpillingBody(content.Headers.ContentLength, spoolThresholdBytes, spool);
        int read;
        try
        {
            while ((read = await stream.ReadAsync(buffer.Free(), cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxResponseBytes)
                {
                    throw new SourceFetchException(url, $"response exceeds the limit of {maxResponseBytes} bytes (counted after decompression)");
                }

                await buffer.AdvanceAsync(read, cancellationToken);
            }
        }
        catch (SpoolWriteException ex)
        {
            throw new SourceFetchException(url, ex.Message, ex);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            var of = content.Headers.ContentLength is { } length ? $"truncated body: {buffer.Length} of {length} bytes" : $"{buffer.Length} bytes";
            throw new SourceFetchException(url, $"{of}, then the connection dropped: {Innermost(ex)}", ex);
        }

        if (content.Headers.ContentLength is { } expected && expected != buffer.Length)
        {
            throw new SourceFetchException(url, $"truncated body: {buffer.Length} of {expected} bytes");
        }

        return await buffer.CompleteAsync(cancellationToken);
    }

    private static string Innermost(Exception ex) => ex.GetBaseException().Message;

    private static FetchedDocument Describe(Uri url, HttpResponseMessage response, byte[] body, SpooledBody? spooled) => new()
    {
        Url = url,
        StatusCode = (int)response.StatusCode,
        Body = body,
        Spooled = spooled,
        ContentType = response.Content.Headers.ContentType?.MediaType,
        HeaderCharset = response.Content.Headers.ContentType?.CharSet,
        ETag = response.Headers.ETag?.ToString(),
        LastModified = response.Content.Headers.LastModified,
    };
}
