using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace YuanlingTech.Worker.Tests.Security;

/// <summary>A robot webhook on 127.0.0.1 whose secret sits in the path (as Feishu/Lark and Slack put it), recording each token it is called with.</summary>
public sealed class TokenWebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TokenWebhookReceiver(WebApplication app, Uri baseUrl, ConcurrentQueue<string> tokens)
    {
        _app = app;
        BaseUrl = baseUrl;
        Tokens = tokens;
    }

    public Uri BaseUrl { get; }

    public ConcurrentQueue<string> Tokens { get; }

    public Uri UrlFor(string pathToken, string queryKey) => new(BaseUrl, $"open-apis/bot/v2/hook/{pathToken}?key={queryKey}");

    public static async Task<TokenWebhookReceiver> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var tokens = new ConcurrentQueue<string>();
        app.MapPost("/open-apis/bot/v2/hook/{token}", (string token) =>
        {
            tokens.Enqueue(token);
            return Results.Json(new { code = 0, msg = "success" });
        });
        await app.StartAsync(cancellationToken);
        return new TokenWebhookReceiver(app, new Uri(app.Urls.First().TrimEnd('/') + "/"), tokens);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
