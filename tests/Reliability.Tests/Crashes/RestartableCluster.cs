using System.Diagnostics;
using Npgsql;

namespace YuanlingTech.Reliability.Tests.Crashes;

/// <summary>
/// A PostgreSQL cluster of a test's own (by default <c>.data/pg-restart</c>, port 55440, through <c>scripts/pg-cluster.sh</c>),
/// so it can be restarted without disturbing the shared test cluster. Stopped on dispose.
/// </summary>
public sealed class RestartableCluster : IAsyncDisposable
{
    public const int Port = 55440;

    private readonly string _script;
    private readonly string _dataDirectory;

    private readonly int _port;

    private RestartableCluster(string root, int port, string directory)
    {
        _script = Path.Combine(root, "scripts", "pg-cluster.sh");
        _dataDirectory = Path.Combine(root, ".data", directory);
        _port = port;
        ServerConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
    }

    public string ServerConnectionString { get; }

    public static Task<RestartableCluster> StartAsync(CancellationToken cancellationToken) => StartAsync(Port, "pg-restart", cancellationToken);

    /// <summary>A cluster in <c>.data/&lt;directory&gt;</c> listening on <paramref name="port"/>.</summary>
    public static async Task<RestartableCluster> StartAsync(int port, string directory, CancellationToken cancellationToken)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "scripts", "pg-cluster.sh")))
        {
            root = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar))
                   ?? throw new InvalidOperationException("scripts/pg-cluster.sh not found above the test binaries");
        }

        var cluster = new RestartableCluster(root, port, directory);
        // A fresh cluster each time: one an earlier run left behind may hold a warehouse of an older schema.
        if (Directory.Exists(cluster._dataDirectory))
        {
            await cluster.RunScriptAsync(cancellationToken, "stop", cluster._dataDirectory);
            Directory.Delete(cluster._dataDirectory, recursive: true);
        }

        await cluster.RunScriptAsync(cancellationToken, "start", cluster._dataDirectory, port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return cluster;
    }

    /// <summary>A fast shutdown (open transactions rolled back, connections dropped) and a start.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken)
    {
        await RunScriptAsync(cancellationToken, "stop", _dataDirectory);
        await RunScriptAsync(cancellationToken, "start", _dataDirectory, _port.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken)
    {
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", cancellationToken);
        await ExecuteAsync($"CREATE DATABASE \"{name}\"", cancellationToken);
        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunScriptAsync(CancellationToken.None, "stop", _dataDirectory);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task RunScriptAsync(CancellationToken cancellationToken, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(_script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["YUANLING_PG_FAST"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pg-cluster.sh {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await errors}");
        }
    }
}
