using System.Net.Sockets;
using Hangfire.Storage;
using Npgsql;
using YuanlingTech.Worker.Dashboard;

namespace YuanlingTech.Worker.Tests.Hosting;

/// <summary>Which failures the dashboard answers with its 503 "warehouse unreachable" page.</summary>
public sealed class WarehouseUnreachableTests
{
    [Fact]
    public void Is_IsTrue_WhenTheDatabaseCannotBeReached()
    {
        Assert.True(WarehouseUnreachable.Is(new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))));
        Assert.True(WarehouseUnreachable.Is(new InvalidOperationException("wrapped", new NpgsqlException("The operation has timed out", new TimeoutException()))));
        Assert.True(WarehouseUnreachable.Is(new AggregateException(new SocketException((int)SocketError.HostUnreachable))));
        Assert.True(WarehouseUnreachable.Is(new PostgresException("the database system is shutting down", "FATAL", "FATAL", PostgresErrorCodes.CannotConnectNow)));
    }

    [Fact]
    public void Is_IsFalse_WhenTheDatabaseAnsweredOrItIsNotTheDatabase()
    {
        Assert.False(WarehouseUnreachable.Is(new PostgresException("relation does not exist", "ERROR", "ERROR", PostgresErrorCodes.UndefinedTable)));
        Assert.False(WarehouseUnreachable.Is(new DistributedLockTimeoutException("recurring-jobs:lock")));
        Assert.False(WarehouseUnreachable.Is(new InvalidOperationException("a bug")));
        Assert.False(WarehouseUnreachable.Is(null));
    }
}
