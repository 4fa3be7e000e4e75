using Npgsql;

namespace YuanlingTech.Browser.Tests.Infrastructure;

/// <summary>
/// The server reaches its database through a <see cref="TcpForwarder"/>: it starts (migrations, Hangfire) normally, and
/// <see cref="CutAsync"/> makes the warehouse unreachable from then on.
/// </summary>
public sealed class UnreachableWarehouseFixture : BrowserServerFixture
{
    private TcpForwarder? _forwarder;

    protected override IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var database = new NpgsqlConnectionStringBuilder(Database.ConnectionString);
            _forwarder ??= new TcpForwarder(database.Host!, database.Port);
            database.Host = "127.0.0.1";
            database.Port = _forwarder.Port;
            database.Timeout = 3;
            return new Dictionary<string, string?>(base.Settings)
            {
                ["ConnectionStrings:Warehouse"] = database.ConnectionString,
                ["Worker:ShutdownTimeoutSeconds"] = "3",
            };
        }
    }

    public Task CutAsync(CancellationToken cancellationToken) => _forwarder?.CutAsync(cancellationToken) ?? Task.CompletedTask;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_forwarder is not null)
        {
            await _forwarder.DisposeAsync();
        }
    }
}
