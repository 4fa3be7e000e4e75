using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using YuanlingTech.Storage.Composition;

namespace YuanlingTech.Storage.Tests;

/// <summary>
/// A fresh, migrated database per test class: <c>yt_&lt;class&gt;_&lt;random&gt;</c> on the server named by
/// <c>YUANLING_TEST_DB</c>, dropped when the class is done. Use as <c>IClassFixture&lt;TestDatabase&gt;</c>.
/// </summary>
public sealed class TestDatabase : IAsyncLifetime
{
    public const string EnvironmentVariable = "YUANLING_TEST_DB";

    private string? _serverConnectionString;
    private ServiceProvider? _services;

    public string DatabaseName { get; private set; } = string.Empty;

    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>The Storage registrations (<c>AddStorage</c>) pointed at this database.</summary>
    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The test database is not initialized.");

    public NpgsqlDataSource DataSource => Services.GetRequiredService<NpgsqlDataSource>();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        _serverConnectionString = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(_serverConnectionString))
        {
            throw new InvalidOperationException(
                $"No test PostgreSQL: set {EnvironmentVariable} or run ./test.sh (it starts a private cluster and sets it).");
        }

        DatabaseName = NewDatabaseName(TestContext.Current.TestClass?.TestClassSimpleName);
        await ExecuteOnServerAsync($"CREATE DATABASE {DatabaseName}", cancellationToken);
        ConnectionString = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = DatabaseName }.ConnectionString;

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddStorage(ConnectionString);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (!string.IsNullOrEmpty(DatabaseName))
        {
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {DatabaseName} WITH (FORCE)", CancellationToken.None);
        }
    }

    /// <summary>Runs one statement against this database and returns the first column of the first row.</summary>
    public async Task<T> ScalarAsync<T>(string sql, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string NewDatabaseName(string? testClass)
    {
        var name = new string((testClass ?? "storage").ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
        return $"yt_{name[..Math.Min(name.Length, 40)]}_{Guid.NewGuid().ToString("N")[..12]}";
    }

    private async Task ExecuteOnServerAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(
            new NpgsqlConnectionStringBuilder(_serverConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
