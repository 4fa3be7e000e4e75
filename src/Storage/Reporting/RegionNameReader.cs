using Npgsql;

namespace YuanlingTech.Storage.Reporting;

/// <summary>Names of divisions from <c>warehouse.region</c>, for titles that would otherwise show a bare code.</summary>
public sealed class RegionNameReader(NpgsqlDataSource dataSource)
{
    /// <summary>The division's name; the code itself when the warehouse does not know it.</summary>
    public async Task<string> NameOfAsync(string code, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT name FROM warehouse.region WHERE code = @code");
        command.Parameters.AddWithValue("code", code);
        return await command.ExecuteScalarAsync(cancellationToken) as string ?? code;
    }
}
