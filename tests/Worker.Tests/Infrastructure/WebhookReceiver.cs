using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;

namespace YuanlingTech.Worker.Tests.Infrastructure;

/// <summary>A real HTTP endpoint on 127.0.0.1 that records every POST body it receives.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookReceiver(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    public Uri Url { get; }

    public ConcurrentQueue<string> Bodies { get; } = new();

    public static async Task<WebhookReceiver> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        WebhookReceiver? receiver = null;
        app.MapPost("/robot/send", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            receiver!.Bodies.Enqueue(await reader.ReadToEndAsync(context.RequestAborted));
            return Results.Json(new { errcode = 0, errmsg = "ok" });
        });
        await app.StartAsync(cancellationToken);
        receiver = new WebhookReceiver(app, new Uri(app.Urls.First().TrimEnd('/') + "/robot/send?key=secret-key"));
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
