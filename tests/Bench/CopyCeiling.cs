using System.Diagnostics;
using Npgsql;

namespace YuanlingTech.Bench;

/// <summary>
/// The load ceiling: the fact rows of a synced warehouse, read back once as binary COPY data, then copied with
/// binary COPY into fresh, empty copies of the same tables (<c>LIKE … INCLUDING ALL</c>: same columns, defaults,
/// identity, checks and indexes; no foreign keys). Only the COPY into the tables is timed.
/// </summary>
internal sealed class CopyCeiling(string connectionString)
{
    /// <summary>Tables a sync writes; reference data (regions) and evaluation output are left out.</summary>
    private const string TablesSql = """
        SELECT c.relname,
               string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum)
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'warehouse'
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
        WHERE c.relkind = 'r'
          AND c.relname NOT IN ('region', 'region_alias', 'region_closure', 'target_evaluation', 'worklist_item', 'target_import')
        GROUP BY c.relname ORDER BY c.relname
        """;

    private readonly List<(string Table, string Columns, byte[] Data, long Rows)> _tables = [];

    public long Rows => _tables.Sum(t => t.Rows);

    public async Task LoadSourceRowsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var tables = new List<(string, string)>();
        await using (var command = new NpgsqlCommand(TablesSql, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (table, columns) in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM warehouse.{table}", connection);
            var rows = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
            if (rows == 0)
            {
                continue;
            }

            using var buffer = new MemoryStream();
            await using (var export = await connection.BeginRawBinaryCopyAsync($"COPY (SELECT {columns} FROM warehouse.{table}) TO STDOUT (FORMAT BINARY)", cancellationToken))
            {
                await export.CopyToAsync(buffer, cancellationToken);
            }

            _tables.Add((table, columns, buffer.ToArray(), rows));
        }
    }

    /// <summary>Rows per second of one pass over every table, into freshly created empty copies.</summary>
    public async Task<double> MeasureAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "DROP SCHEMA IF EXISTS bench_copy CASCADE; CREATE SCHEMA bench_copy", cancellationToken);
        foreach (var (table, _, _, _) in _tables)
        {
            await ExecuteAsync(connection, $"CREATE TABLE bench_copy.{table} (LIKE warehouse.{table} INCLUDING ALL)", cancellationToken);
        }

        await ExecuteAsync(connection, "CHECKPOINT", cancellationToken);
        var watch = Stopwatch.StartNew();
        foreach (var (table, columns, data, _) in _tables)
        {
            await using var import = await connection.BeginRawBinaryCopyAsync($"COPY bench_copy.{table} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            await import.WriteAsync(data, cancellationToken);
        }

        watch.Stop();
        await ExecuteAsync(connection, "DROP SCHEMA bench_copy CASCADE", cancellationToken);
        return Rows / watch.Elapsed.TotalSeconds;
    }

    public string Describe() => string.Join(", ", _tables.Select(t => $"{t.Table} {t.Rows}"));

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
