using System.Net;
using System.Net.Http.Headers;
using Polly.CircuitBreaker;
using Polly.Timeout;
using YuanlingTech.Normalization.Text;

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
/// (<see cref="FetchedDocument.Spooled"/>) instead of being held in memory. Redirects are followed here, not by the
/// handler, so each hop passes the politeness limiter; with <paramref name="hosts"/>, only URLs and redirects to the
/// source's hosts are fetched.
/// </remarks>
public sealed class DocumentFetcher(
    HttpClient httpClient,
    long maxResponseBytes,
    TimeSpan? bodyTimeout = null,
    BodySpool? spool = null,
    long spoolThresholdBytes = DocumentFetcher.DefaultSpoolThresholdBytes,
    SourceHosts? hosts = null)
{
    public const long DefaultSpoolThresholdBytes = 4L * 1024 * 1024;

    /// <summary>Redirects followed at most per document; each one is a request of its own to the politeness limit.</summary>
    public const int MaxRedirects = 5;

    /// <summary>A link longer than the warehouse stores is refused before any request, quoting only its beginning.</summary>
    private static void RefuseOverlong(Uri url, Uri link)
    {
        var text = link.AbsoluteUri;
        if (text.Length > TextBounds.Url)
        {
            throw new SourceFetchException(
                $"GET {TextBounds.Excerpt(url.AbsoluteUri)} failed: the link {TextBounds.Excerpt(text)} is {text.Length} characters long; at most {TextBounds.Url} are stored");
        }
    }

    public async Task<FetchedDocument> FetchAsync(Uri url, CachedDocument? cached, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        RefuseOverlong(url, url);
        if (hosts is not null && !hosts.Allows(url))
        {
            throw new SourceFetchException(url, "refused: " + hosts.Refusal(url));
        }

        var target = url;
        var response = await SendAsync(url, target, cached, cancellationToken);
        for (var redirects = 0; IsRedirect(response.StatusCode); redirects++)
        {
            var location = response.Headers.Location;
            var status = (int)response.StatusCode;
            response.Dispose();
            if (location is null)
            {
                throw new SourceFetchException(url, $"HTTP {status} redirect from {target} without a Location");
            }

            var next = new Uri(target, location);
            if (redirects == MaxRedirects)
            {
                throw new SourceFetchException(url, $"more than {MaxRedirects} redirects (the last to {next})");
            }

            RefuseOverlong(url, next);
            if (hosts is not null && !hosts.Allows(next))
            {
                throw new SourceFetchException(url, $"redirect to {next} refused: {hosts.Refusal(next)}");
            }

            target = next;
            response = await SendAsync(url, target, cached, cancellationToken);
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return Describe(url, response, [], null);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new SourceFetchException(url, Via(url, target) + $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
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

    /// <summary><see cref="FetchAsync"/> of a file an article links; a failure also names the article.</summary>
    public async Task<FetchedDocument> FetchAttachmentAsync(Uri url, Uri linkedFrom, CancellationToken cancellationToken)
    {
        try
        {
            return await FetchAsync(url, null, cancellationToken);
        }
        catch (SourceFetchException ex)
        {
            throw new SourceFetchException($"{ex.Message} (linked from {linkedFrom})", ex);
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

        try
        {
            return await buffer.CompleteAsync(cancellationToken);
        }
        catch (SpoolWriteException ex)
        {
            throw new SourceFetchException(url, ex.Message, ex);
        }
    }

    // Each hop is a request of its own through the client's handlers: the politeness limiter and RequestDelayMs count it.
    private async Task<HttpResponseMessage> SendAsync(Uri url, Uri target, CachedDocument? cached, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, target);
        if (cached?.ETag is { Length: > 0 } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (cached?.LastModified is { } lastModified)
        {
            request.Headers.IfModifiedSince = lastModified;
        }

        try
        {
            return await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new SourceFetchException(url, Via(url, target) + (ex.StatusCode is { } code ? $"HTTP {(int)code}" : $"connection failed: {Innermost(ex)}"), ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new SourceFetchException(url, Via(url, target) + $"timed out after {ex.Timeout.TotalSeconds:0.#} s", ex);
        }
        catch (BrokenCircuitException ex)
        {
            throw new SourceFetchException(url, "too many recent failures on this source; the circuit breaker is open", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SourceFetchException(url, Via(url, target) + "timed out", ex);
        }
    }

    private static string Via(Uri url, Uri target) => target == url ? "" : $"(redirected to {target}) ";

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

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
