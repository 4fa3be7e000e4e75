using Npgsql;
using YuanlingTech.Normalization.Manual;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Storage.Ingest;
using YuanlingTech.Storage.Loading;

namespace YuanlingTech.Storage.Tests;

/// <summary>
/// Inbox files of the <c>regional_gdp</c> and <c>challenge_project</c> templates: a load writes the facts with their ledger row,
/// a later file replaces what it repeats, and <c>report_reader</c> reads the facts through the report views only.
/// </summary>
public sealed class ManualGdpAndChallengeLoaderTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const string Source = "manual";
    private const string Yuanling = "431222";
    private const string Chenxi = "431223";
    private const string Huaihua = "431200";

    [Fact]
    public async Task Load_ReplacesTheValue_WhenALaterFileHasTheSameYearAndDivision()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = await LoadAsync(GdpFile("地区生产总值-2024.xlsx", Gdp(2024, Yuanling, 21_560_000_000m, 1), Gdp(2024, Huaihua, 200_150_000_000m, 2)), ct);

        var later = await LoadAsync(GdpFile("地区生产总值-2024-修订.csv",
            Gdp(2024, Yuanling, 21_612_345_600m, 1), Gdp(2024, Huaihua, 200_150_000_000m, 2), Gdp(2023, Yuanling, 20_000_000_000m, 3)), ct);

        Assert.Equal(new LoadResult(2, 0, 0), first);
        Assert.Equal(new LoadResult(1, 1, 1), later);
        Assert.Equal(3, await database.ScalarAsync<long>("SELECT count(*) FROM warehouse.regional_gdp WHERE year IN (2023, 2024)", ct));
        var row = await ReadAsync(
            $"SELECT gdp_yuan, document_url, row_number, source_id FROM warehouse.regional_gdp WHERE year = 2024 AND region_code = '{Yuanling}'",
            r => (r.GetDecimal(0), r.GetString(1), r.GetInt32(2), r.GetString(3)), ct);
        Assert.Equal((21_612_345_600m, Url("地区生产总值-2024-修订.csv"), 1, Source), Assert.Single(row));
        Assert.Equal(2, await database.ScalarAsync<long>(
            "SELECT count(*) FROM ingest.inbox_file WHERE template = 'regional_gdp' AND status = 'loaded' AND file_name LIKE '地区生产总值-2024%'", ct));
    }

    [Fact]
    public async Task Load_UpdatesTheProject_WhenALaterFileListsItAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = await LoadAsync(ProjectFile("揭榜挂帅-2025.xlsx",
            Project("碣滩茶精深加工关键技术攻关", Yuanling, ChallengeProjectStatuses.Open, 500_000m, 1),
            Project("辰溪稻米品质提升技术", Chenxi, ChallengeProjectStatuses.Taken, null, 2)), ct);

        var later = await LoadAsync(ProjectFile("揭榜挂帅-2025-更新.csv",
            Project("碣滩茶精深加工关键技术攻关", Yuanling, ChallengeProjectStatuses.Accepted, 600_000m, 1)), ct);

        Assert.Equal(new LoadResult(2, 0, 0), first);
        Assert.Equal(new LoadResult(0, 1, 0), later);
        var rows = await ReadAsync(
            "SELECT name, region_code, status, reward_yuan, published_on, document_url FROM warehouse.challenge_project WHERE document_url LIKE '%揭榜挂帅-2025%' ORDER BY region_code",
            r => (r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? (decimal?)null : r.GetDecimal(3),
                r.GetFieldValue<DateOnly>(4), r.GetString(5)),
            ct);
        Assert.Equal(
        [
            ("碣滩茶精深加工关键技术攻关", Yuanling, "accepted", 600_000m, new DateOnly(2025, 3, 18), Url("揭榜挂帅-2025-更新.csv")),
            ("辰溪稻米品质提升技术", Chenxi, "taken", null, new DateOnly(2025, 3, 18), Url("揭榜挂帅-2025.xlsx")),
        ], rows);
    }

    [Fact]
    public async Task Schema_RefusesAStatusOutsideTheDeclaredCodes()
    {
        var ct = TestContext.Current.CancellationToken;
        var runId = await database.Get<SyncRunStore>().StartAsync(Source, "test", ct);

        var error = await Assert.ThrowsAsync<PostgresException>(() => database.ExecuteAsync($"""
            INSERT INTO warehouse.challenge_project (name_key, name, issuer, region_code, published_on, status, source_id, document_url, row_number, sync_run_id)
            VALUES ('x', 'x', 'y', '{Yuanling}', DATE '2025-01-01', '发榜中', 'manual', 'file:///x', 1, {runId})
            """, ct));

        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
        Assert.Equal("ck_challenge_project_status", error.ConstraintName);
    }

    [Fact]
    public async Task ReportViews_AreReadByReportReader_WhoIsRefusedTheTables()
    {
        var ct = TestContext.Current.CancellationToken;
        await LoadAsync(GdpFile("地区生产总值-2030.xlsx", Gdp(2030, Yuanling, 30_012_345_600m, 1), Gdp(2030, Huaihua, 300_000_000_000m, 2)), ct);
        await LoadAsync(ProjectFile("揭榜挂帅-2030.xlsx", Project("沅陵黄金矿尾矿综合利用", Yuanling, ChallengeProjectStatuses.Withdrawn, null, 1)), ct);
        var login = "yt_reader_" + Guid.NewGuid().ToString("N")[..12];
        await database.ExecuteAsync($"CREATE ROLE {login} LOGIN IN ROLE report_reader", ct);
        try
        {
            var asReader = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Username = login, Pooling = false }.ConnectionString;
            await using var connection = new NpgsqlConnection(asReader);
            await connection.OpenAsync(ct);

            var gdp = await ReadAsync(connection,
                "SELECT region_code, region_name, city_code, gdp_yuan, gdp_yi, row_number FROM report.regional_gdp WHERE year = 2030 ORDER BY region_code",
                r => (r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetDecimal(3), r.GetDecimal(4), r.GetInt32(5)), ct);
            var projects = await ReadAsync(connection,
                "SELECT name, issuer, region_name, city_code, published_year, reward_yuan IS NULL, status FROM report.challenge_project WHERE name LIKE '沅陵黄金%'",
                r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetBoolean(5), r.GetString(6)), ct);
            var refused = new List<string>();
            foreach (var table in new[] { "warehouse.regional_gdp", "warehouse.challenge_project" })
            {
                var error = await Assert.ThrowsAsync<PostgresException>(() => ReadAsync(connection, $"SELECT * FROM {table}", r => 0, ct));
                refused.Add($"{table}: {error.SqlState}");
            }

            Assert.Equal(
            [
                (Huaihua, "怀化市", Huaihua, 300_000_000_000m, 3_000m, 2),
                (Yuanling, "沅陵县", Huaihua, 30_012_345_600m, 300.123456m, 1),
            ], gdp);
            Assert.Equal(("沅陵黄金矿尾矿综合利用", "沅陵县科技和工业信息化局", "沅陵县", Huaihua, 2025, true, "withdrawn"), Assert.Single(projects));
            Assert.Equal(["warehouse.regional_gdp: 42501", "warehouse.challenge_project: 42501"], refused);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await database.ExecuteAsync($"DROP ROLE IF EXISTS {login}", CancellationToken.None);
        }
    }

    private static string Url(string fileName) => $"file:///inbox/archive/{fileName}";

    private static RegionalGdpRecord Gdp(int year, string region, decimal yuan, int row) =>
        new() { Year = year, RegionCode = region, GdpYuan = yuan, DocumentUrl = string.Empty, RowNumber = row };

    private static ChallengeProjectRecord Project(string name, string region, string status, decimal? rewardYuan, int row) => new()
    {
        Name = name,
        NameKey = name,
        Issuer = region == Yuanling ? "沅陵县科技和工业信息化局" : "辰溪县科技和工业信息化局",
        RegionCode = region,
        PublishedOn = new DateOnly(2025, 3, 18),
        RewardYuan = rewardYuan,
        Status = status,
        DocumentUrl = string.Empty,
        RowNumber = row,
    };

    private static InboxFileRecord GdpFile(string name, params RegionalGdpRecord[] records) =>
        Ledger(name, ManualTemplate.RegionalGdp, records.Length) with { RegionalGdp = [.. records.Select(r => r with { DocumentUrl = Url(name) })] };

    private static InboxFileRecord ProjectFile(string name, params ChallengeProjectRecord[] records) =>
        Ledger(name, ManualTemplate.ChallengeProject, records.Length) with { ChallengeProjects = [.. records.Select(r => r with { DocumentUrl = Url(name) })] };

    private static InboxFileRecord Ledger(string name, ManualTemplate template, int rows) => new()
    {
        FileName = name,
        ContentHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name))),
        Template = ManualTemplateNames.Of(template),
        Status = InboxFileStatus.Loaded,
        RowCount = rows,
        DocumentUrl = Url(name),
    };

    private async Task<LoadResult> LoadAsync(InboxFileRecord file, CancellationToken cancellationToken)
    {
        var runId = await database.Get<SyncRunStore>().StartAsync(Source, "test", cancellationToken);
        return await database.Get<IRecordLoader<InboxFileRecord>>().LoadAsync(Source, runId, [file], cancellationToken);
    }

    private async Task<List<T>> ReadAsync<T>(string sql, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        return await ReadAsync(connection, sql, map, cancellationToken);
    }

    private static async Task<List<T>> ReadAsync<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
