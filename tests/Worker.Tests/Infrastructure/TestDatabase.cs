using Npgsql;

namespace YuanlingTech.Worker.Tests.Infrastructure;

/// <summary>
/// A database of its own for one test or test class on the PostgreSQL named by <c>YUANLING_TEST_DB</c>
/// (./test.sh starts one and sets it). Created empty; dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _serverConnectionString;

    private TestDatabase(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name, MaxPoolSize = 20 }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(string purpose, CancellationToken cancellationToken)
    {
        var server = Environment.GetEnvironmentVariable("YUANLING_TEST_DB");
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                "YUANLING_TEST_DB is not set: these tests need a real PostgreSQL. Run ./test.sh (it starts one), " +
                "or set YUANLING_TEST_DB to a connection string of a server where databases may be created.");
        }

        var name = $"yt_{purpose.ToLowerInvariant()}_{Guid.NewGuid():N}"[..40];
        await using var connection = new NpgsqlConnection(Admin(server));
        await connection.OpenAsync(cancellationToken);
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
        return new TestDatabase(server, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Admin(_serverConnectionString));
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static string Admin(string server) =>
        new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
}
