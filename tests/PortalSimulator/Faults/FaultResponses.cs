using System.Text;

namespace YuanlingTech.PortalSimulator.Faults;

/// <summary>Writes the faulty answers.</summary>
internal static class FaultResponses
{
    public static bool NeedsBody(FaultKind kind) => kind is not (FaultKind.ServerError or FaultKind.ConnectionReset
        or FaultKind.TooManyRequests or FaultKind.ServiceUnavailable or FaultKind.Slow or FaultKind.Stall or FaultKind.Redirect);

    public static async Task BeforeResponseAsync(HttpContext context, FaultRule rule, RequestDelegate next)
    {
        var response = context.Response;
        switch (rule.Kind)
        {
            case FaultKind.ServerError:
                response.StatusCode = StatusCodes.Status500InternalServerError;
                response.ContentType = "text/html; charset=utf-8";
                await response.WriteAsync("<html><body><h1>500 服务器内部错误</h1></body></html>", context.RequestAborted);
                break;
            case FaultKind.ConnectionReset:
                context.Abort();
                break;
            case FaultKind.TooManyRequests or FaultKind.ServiceUnavailable:
                response.StatusCode = rule.Kind == FaultKind.TooManyRequests ? StatusCodes.Status429TooManyRequests : StatusCodes.Status503ServiceUnavailable;
                response.Headers.RetryAfter = rule.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
            case FaultKind.Slow:
                await Task.Delay(rule.DelayMs, context.RequestAborted);
                await next(context);
                break;
            case FaultKind.Stall:
                response.StatusCode = StatusCodes.Status200OK;
                response.ContentType = "text/html; charset=utf-8";
                response.ContentLength = 4096;
                await response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
                break;
            case FaultKind.Redirect:
                response.StatusCode = StatusCodes.Status302Found;
                response.Headers.Location = rule.Target ?? context.Request.Path.Value + context.Request.QueryString.Value;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule.Kind, "not a before-response fault");
        }
    }

    public static async Task RewriteAsync(HttpContext context, FaultRule rule, byte[] body, string path)
    {
        var response = context.Response;
        var aborted = context.RequestAborted;
        switch (rule.Kind)
        {
            case FaultKind.TruncatedBody:
                response.ContentLength = body.Length;
                await response.Body.WriteAsync(body.AsMemory(0, body.Length / 2), aborted);
                await response.Body.FlushAsync(aborted);
                // Let the client read what was sent: an abort right away can discard it, and that is a reset, not a truncation.
                await Task.Delay(300, aborted);
                context.Abort();
                break;
            case FaultKind.WrongCharset:
                response.ContentType = PageText.IsUtf8(response.ContentType) ? "text/html; charset=gb2312" : "text/html; charset=utf-8";
                await WriteAsync(response, body, aborted);
                break;
            case FaultKind.Garbage:
                var garbage = new byte[body.Length];
                new Random(StringComparer.Ordinal.GetHashCode(path)).NextBytes(garbage);
                await WriteAsync(response, garbage, aborted);
                break;
            case FaultKind.Oversized:
                await WriteOversizedAsync(response, body, rule.Bytes, aborted);
                break;
            case FaultKind.HostileXlsx:
                response.ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                await WriteAsync(response, HostileXlsxBody.Of(rule.Bytes), aborted);
                break;
            case FaultKind.DeepNesting:
                await WriteAsync(response, DeepNesting.Page(rule.Depth), aborted);
                break;
            case FaultKind.GzipBomb:
                var bomb = GzipBomb.Of(rule.Bytes);
                response.Headers.ContentEncoding = "gzip";
                await WriteAsync(response, bomb, aborted);
                break;
            case FaultKind.ForeignLink:
                var page = PageText.EncodingOf(response.ContentType);
                var linked = page.GetString(body)
                    .Replace("<div class=\"article_content\">", $"<div class=\"article_content\"><p><a href=\"{rule.Target}\">附件：名单.xlsx</a></p>", StringComparison.Ordinal)
                    .Replace("<ul class=\"list\">\n", $"<ul class=\"list\">\n<li><a href=\"{rule.Target}\">湖南省2026年第九批拟认定高新技术企业名单公示</a><span>2026-10-30</span></li>\n", StringComparison.Ordinal);
                await WriteAsync(response, page.GetBytes(linked), aborted);
                break;
            case FaultKind.InvalidBytes:
                await WriteAsync(response, InvalidBytes.Into(body), aborted);
                break;
            default:
                var encoding = PageText.EncodingOf(response.ContentType);
                var html = TableRewriter.Rewrite(encoding.GetString(body), rule);
                await WriteAsync(response, encoding.GetBytes(html), aborted);
                break;
        }
    }

    private static async Task WriteAsync(HttpResponse response, byte[] body, CancellationToken cancellationToken)
    {
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, cancellationToken);
    }

    private static async Task WriteOversizedAsync(HttpResponse response, byte[] body, long extra, CancellationToken cancellationToken)
    {
        response.ContentLength = null;
        await response.Body.WriteAsync(body, cancellationToken);
        var padding = Encoding.ASCII.GetBytes(new string(' ', 64 * 1024));
        for (long sent = 0; sent < extra; sent += padding.Length)
        {
            await response.Body.WriteAsync(padding, cancellationToken);
        }
    }
}
