namespace YuanlingTech.PortalSimulator.Faults;

/// <summary>Middleware in front of the portal: logs every request on the timeline and applies the fault plan.</summary>
internal sealed class FaultInjector(IReadOnlyList<FaultRule> rules, RequestTimeline timeline)
{
    private readonly FaultPlan _plan = new(rules);

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value + context.Request.QueryString.Value;
        var entry = timeline.Begin(path);
        context.Response.OnStarting(() =>
        {
            entry.MarkHeadersSent(context.Response.StatusCode);
            return Task.CompletedTask;
        });
        try
        {
            await HandleAsync(context, next, path, entry);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The client gave up (a timeout, a size limit): that is the point of most faults.
        }
        finally
        {
            entry.MarkFinished();
        }
    }

    private async Task HandleAsync(HttpContext context, RequestDelegate next, string path, TimedRequest entry)
    {
        var rule = _plan.IsEmpty ? null : _plan.Candidate(path);
        if (rule is null)
        {
            await next(context);
            return;
        }

        if (!FaultResponses.NeedsBody(rule.Kind))
        {
            if ((rule.BodyContains is null || await ServedBodyContainsAsync(context, next, rule.BodyContains)) && _plan.TryClaim(rule, path))
            {
                entry.Fault = rule.Kind;
                await FaultResponses.BeforeResponseAsync(context, rule, next);
            }
            else
            {
                await next(context);
            }

            return;
        }

        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        var body = buffer.ToArray();
        if (rule.Kind == FaultKind.HostileValue)
        {
            var hostile = response.StatusCode == StatusCodes.Status200OK ? HostileValues.Rewrite(body, response.ContentType, rule) : null;
            if (hostile is not null && _plan.TryClaim(rule, path))
            {
                entry.Fault = rule.Kind;
                body = hostile;
            }

            response.ContentLength = body.Length;
            await original.WriteAsync(body, context.RequestAborted);
            return;
        }

        if (response.StatusCode == StatusCodes.Status200OK && Applies(rule, response, body) && _plan.TryClaim(rule, path))
        {
            entry.Fault = rule.Kind;
            await FaultResponses.RewriteAsync(context, rule, body, path);
            return;
        }

        response.ContentLength = body.Length;
        await original.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>Renders the normal answer off the wire to look into it, then clears the response for the fault.</summary>
    private static async Task<bool> ServedBodyContainsAsync(HttpContext context, RequestDelegate next, string text)
    {
        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        var contains = response.StatusCode == StatusCodes.Status200OK && PageText.Decode(buffer.ToArray(), response.ContentType).Contains(text, StringComparison.Ordinal);
        response.Clear();
        return contains;
    }

    private static bool Applies(FaultRule rule, HttpResponse response, byte[] body) =>
        rule.BodyContains is null || PageText.Decode(body, response.ContentType).Contains(rule.BodyContains, StringComparison.Ordinal);
}
