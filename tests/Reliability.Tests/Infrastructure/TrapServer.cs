using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace YuanlingTech.Reliability.Tests.Infrastructure;

/// <summary>
/// "Another host": a listener on 127.0.0.1 (another port than the simulator's) that counts the connections it gets and
/// answers each with 404. A worker that fetches only its sources never connects to it.
/// </summary>
public sealed class TrapServer : IDisposable
{
    private static readonly byte[] NotFound = Encoding.ASCII.GetBytes("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;
    private int _connections;

    public TrapServer()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _serving = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>Connections accepted so far.</summary>
    public int Connections => Volatile.Read(ref _connections);

    public string UrlOf(string path) => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}/{path}");

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _ = _serving.Exception;
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                Interlocked.Increment(ref _connections);
                var stream = client.GetStream();
                _ = await stream.ReadAsync(new byte[4096], _stop.Token);
                await stream.WriteAsync(NotFound, _stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
            {
                if (_stop.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }
}
