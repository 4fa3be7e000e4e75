using System.Net;
using System.Net.Sockets;

namespace YuanlingTech.Connectors.Tests.Http;

/// <summary>A real HTTP server on 127.0.0.1 that answers every GET with one body, with or without a Content-Length.</summary>
internal sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _serving;

    public LocalHttpServer(byte[] body, bool chunked)
    {
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseUrl.AbsoluteUri);
        _listener.Start();
        _serving = Task.Run(() => ServeAsync(body, chunked));
    }

    public Uri BaseUrl { get; }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _ = _serving.Exception;
    }

    private async Task ServeAsync(byte[] body, bool chunked)
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var response = context.Response;
            response.ContentType = "text/html; charset=utf-8";
            response.SendChunked = chunked;
            if (!chunked)
            {
                response.ContentLength64 = body.Length;
            }

            for (var at = 0; at < body.Length; at += 50_000)
            {
                await response.OutputStream.WriteAsync(body.AsMemory(at, Math.Min(50_000, body.Length - at)));
            }
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
