using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace YuanlingTech.Storage.Database;

/// <summary>The migrations this build carries that the warehouse has not applied (<see cref="MigrationHistory.PendingAsync"/>), each call in its own context.</summary>
public sealed class PendingMigrations(IServiceScopeFactory scopes, NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await MigrationHistory.PendingAsync(scope.ServiceProvider.GetRequiredService<WarehouseDbContext>(), dataSource, cancellationToken);
    }
}
