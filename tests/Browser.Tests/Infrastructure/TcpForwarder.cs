using System.Net;
using System.Net.Sockets;

namespace YuanlingTech.Browser.Tests.Infrastructure;

/// <summary>
/// Forwards a loopback port to PostgreSQL until <see cref="CutAsync"/>: then the listener closes and every forwarded
/// connection drops, so to whoever connects through it the database is down, while the shared cluster keeps running.
/// </summary>
public sealed class TcpForwarder : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint _target;
    private readonly CancellationTokenSource _cut = new();
    private readonly List<Task> _pumps = [];
    private readonly Task _accepting;

    public TcpForwarder(string host, int port)
    {
        _target = new IPEndPoint(IPAddress.Parse(host == "localhost" ? "127.0.0.1" : host), port);
        _listener.Start();
        _accepting = AcceptAsync(_cut.Token);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public async Task CutAsync(CancellationToken cancellationToken)
    {
        if (_cut.IsCancellationRequested)
        {
            return;
        }

        await _cut.CancelAsync();
        _listener.Stop();
        Task[] pumps;
        lock (_pumps)
        {
            pumps = [.. _pumps];
        }

        await Task.WhenAll(pumps.Append(_accepting).Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default))).WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await CutAsync(CancellationToken.None);
        _cut.Dispose();
    }

    private async Task AcceptAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(cancellationToken);
            lock (_pumps)
            {
                _pumps.Add(ForwardAsync(client, cancellationToken));
            }
        }
    }

    private async Task ForwardAsync(TcpClient client, CancellationToken cancellationToken)
    {
        using (client)
        using (var server = new TcpClient())
        {
            await server.ConnectAsync(_target, cancellationToken);
            var up = client.GetStream().CopyToAsync(server.GetStream(), cancellationToken);
            var down = server.GetStream().CopyToAsync(client.GetStream(), cancellationToken);
            await Task.WhenAny(up, down);
        }
    }
}
