using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NpgsqlTypes;
using YuanlingTech.Storage.Upserts;
using Role = YuanlingTech.Storage.Upserts.UpsertColumnRole;

namespace YuanlingTech.Benchmarks;

/// <summary>
/// One <see cref="BulkUpserter"/> batch of 2,000 ten-column rows (a large list) into an indexed table in the
/// PostgreSQL named by <c>YUANLING_BENCH_DB</c>: into an empty table, and again with nothing changed.
/// Program.cs leaves this class out, with a message, when the variable is unset.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class UpsertBenchmarks
{
    public const string DatabaseVariable = "YUANLING_BENCH_DB";
    public const int Rows = 2000;

    private const string Table = "public.bench_upsert";

    private readonly BulkUpserter _upserter = new(NullLogger<BulkUpserter>.Instance);
    private NpgsqlDataSource _dataSource = null!;
    private Row[] _rows = [];

    [GlobalSetup]
    public void Setup()
    {
        _dataSource = NpgsqlDataSource.Create(Environment.GetEnvironmentVariable(DatabaseVariable)!);
        _rows = Enumerable.Range(1, Rows)
            .Select(i => new Row(NormalizerInputs.Uscc(i), NormalizerInputs.Name(i), "431222", $"GR2024430{i:00000}", new DateOnly(2024, 12, 2), i * 1000.25m, i % 7, "recognized"))
            .ToArray();
        Execute($"DROP TABLE IF EXISTS {Table}; CREATE TABLE {Table} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, " +
            "uscc text NOT NULL UNIQUE, name text NOT NULL, region_code text NOT NULL, certificate_no text, issue_date date, " +
            "amount numeric(18,2), batch integer, kind text NOT NULL, first_seen_at timestamptz NOT NULL, last_seen_at timestamptz NOT NULL); " +
            $"CREATE INDEX ON {Table} (name); CREATE INDEX ON {Table} (region_code)");
    }

    [IterationSetup(Target = nameof(IntoEmptyTable))]
    public void Empty() => Execute($"TRUNCATE {Table}");

    [IterationSetup(Target = nameof(NothingChanged))]
    public void Filled()
    {
        Execute($"TRUNCATE {Table}");
        IntoEmptyTable();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Execute($"DROP TABLE IF EXISTS {Table}");
        _dataSource.Dispose();
    }

    [Benchmark]
    public int IntoEmptyTable() => Upsert().Inserted;

    [Benchmark]
    public int NothingChanged() => Upsert().Unchanged;

    private UpsertCounts Upsert()
    {
        using var connection = _dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var counts = _upserter.UpsertAsync(connection, transaction, Spec, _rows, CancellationToken.None).GetAwaiter().GetResult();
        transaction.Commit();
        return counts;
    }

    private void Execute(string sql)
    {
        using var command = _dataSource.CreateCommand(sql);
        command.ExecuteNonQuery();
    }

    private static readonly UpsertTableSpec<Row> Spec = new()
    {
        TargetTable = Table,
        Columns =
        [
            new("uscc", NpgsqlDbType.Text, r => r.Uscc, Role.Key),
            new("name", NpgsqlDbType.Text, r => r.Name, Role.Compared),
            new("region_code", NpgsqlDbType.Text, r => r.RegionCode, Role.Compared),
            new("certificate_no", NpgsqlDbType.Text, r => r.CertificateNo, Role.Compared),
            new("issue_date", NpgsqlDbType.Date, r => r.IssueDate, Role.Compared),
            new("amount", NpgsqlDbType.Numeric, r => r.Amount, Role.Compared),
            new("batch", NpgsqlDbType.Integer, r => r.Batch, Role.Compared),
            new("kind", NpgsqlDbType.Text, r => r.Kind, Role.Compared),
            new("first_seen_at", NpgsqlDbType.TimestampTz, null, Role.InsertOnly, "now()"),
            new("last_seen_at", NpgsqlDbType.TimestampTz, null, Role.Touched, "now()"),
        ],
    };

    private sealed record Row(string Uscc, string Name, string RegionCode, string CertificateNo, DateOnly IssueDate, decimal Amount, int Batch, string Kind);
}
