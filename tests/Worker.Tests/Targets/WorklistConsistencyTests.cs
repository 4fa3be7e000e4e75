using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using YuanlingTech.Storage.Metrics;
using YuanlingTech.Worker.Cli;
using YuanlingTech.Worker.Hosting;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Targets;

/// <summary>
/// The worklists agree with the firms' certifications (issue 23): a firm that was a tech SME last year is on 科小未续入库
/// only, never also on 培育对象 as "without HNTE or tech-SME status"; every list's row has its date.
/// </summary>
public sealed class WorklistConsistencyTests
{
    private const string Region = "431222";

    [Fact]
    public async Task Worklists_ListLastYearsTechSmeOnlyAsLapsed_AndGiveCultivateReasonsTheFirmsHistory()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync("worklists", ct);
        using var host = WorkerHost.BuildTool(new Dictionary<string, string?> { ["ConnectionStrings:Warehouse"] = database.ConnectionString }, quiet: true);
        await MigrateVerb.MigrateAsync(host.Services, ct);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(ct);

        // 甲: a tech SME registered in 2025 (not yet in 2026) with a 2026 contract — the case the bureau reported.
        var lapsed = await EnterpriseAsync(connection, "91431222MA4L000011", "沅陵甲科技有限公司", ct);
        await TechSmeAsync(connection, lapsed, "沅陵甲科技有限公司", 2025, new DateOnly(2025, 4, 16), ct);
        await ContractAsync(connection, lapsed, "20264312220001", new DateOnly(2026, 3, 2), ct);

        // 乙: the same, but last year's registration was published without a USCC and is linked by name only.
        var byName = await EnterpriseAsync(connection, "91431222MA4L000022", "沅陵乙科技有限公司", ct);
        await TechSmeAsync(connection, null, "沅陵乙科技有限公司", 2025, new DateOnly(2025, 4, 22), ct);
        await ContractAsync(connection, byName, "20264312220002", new DateOnly(2026, 5, 9), ct);

        // 丙: a tech SME in 2023 only; 丁: an HNTE whose certificate ended in 2025. Both active in 2026: to cultivate.
        var older = await EnterpriseAsync(connection, "91431222MA4L000033", "沅陵丙科技有限公司", ct);
        await TechSmeAsync(connection, older, "沅陵丙科技有限公司", 2023, new DateOnly(2023, 5, 10), ct);
        await ContractAsync(connection, older, "20264312220003", new DateOnly(2026, 6, 18), ct);
        var expired = await EnterpriseAsync(connection, "91431222MA4L000044", "沅陵丁科技有限公司", ct);
        await HnteAsync(connection, expired, "沅陵丁科技有限公司", new DateOnly(2022, 3, 1), ct);
        await ContractAsync(connection, expired, "20264312220004", new DateOnly(2026, 7, 1), ct);

        await host.Services.GetRequiredService<TargetEvaluationStore>().SaveAsync(
            [new TargetEvaluationRow(new DateOnly(2026, 9, 30), 2026, Region, "techsme.registered", "absolute", 10, null, 0, 5, 0.5m, 0, 10, "behind", "linear", true, "test")],
            ct);

        var items = await new WarehouseReader(database.ConnectionString).QueryAsync(
            "SELECT worklist, enterprise_name, reason, due_on FROM warehouse.worklist_item ORDER BY worklist, enterprise_name",
            r => (List: r.GetString(0), Name: r.GetString(1), Reason: r.GetString(2), Date: r.IsDBNull(3) ? (DateOnly?)null : r.GetFieldValue<DateOnly>(3)),
            ct);
        var lapsedList = items.Where(i => i.List == "techsme_lapsed").ToList();
        var cultivate = items.Where(i => i.List == "cultivate").ToList();

        Assert.Equal(["沅陵乙科技有限公司", "沅陵甲科技有限公司"], lapsedList.Select(i => i.Name).Order(StringComparer.Ordinal));
        Assert.Equal(new DateOnly(2025, 4, 16), lapsedList.Single(i => i.Name == "沅陵甲科技有限公司").Date);
        Assert.Equal(new DateOnly(2025, 4, 22), lapsedList.Single(i => i.Name == "沅陵乙科技有限公司").Date);
        Assert.Equal(["沅陵丁科技有限公司", "沅陵丙科技有限公司"], cultivate.Select(i => i.Name).Order(StringComparer.Ordinal));
        Assert.Empty(lapsedList.Select(i => i.Name).Intersect(cultivate.Select(i => i.Name)));
        Assert.All(cultivate, i => Assert.DoesNotContain("无高企/科小资质", i.Reason, StringComparison.Ordinal));
        var olderItem = cultivate.Single(i => i.Name == "沅陵丙科技有限公司");
        Assert.Equal("技术合同 1 项；2026年无有效高企证书，未入库科技型中小企业（2023年曾入库科技型中小企业）", olderItem.Reason);
        Assert.Equal(new DateOnly(2026, 6, 18), olderItem.Date);
        var expiredItem = cultivate.Single(i => i.Name == "沅陵丁科技有限公司");
        Assert.Equal("技术合同 1 项；2026年无有效高企证书，未入库科技型中小企业（高企证书已于 2025-02-28 到期）", expiredItem.Reason);
        Assert.Equal(new DateOnly(2026, 7, 1), expiredItem.Date);
        Assert.All(items, i => Assert.NotNull(i.Date));
    }

    private static async Task<long> EnterpriseAsync(NpgsqlConnection connection, string uscc, string name, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO warehouse.enterprise (uscc, name, name_key, region_code, name_published_on, source_id)
            VALUES (@uscc, @name, @name, @region, '2025-01-01', 'test') RETURNING id
            """,
            connection);
        command.Parameters.AddWithValue("uscc", uscc);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("region", Region);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task TechSmeAsync(NpgsqlConnection connection, long? enterpriseId, string name, int year, DateOnly published, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO warehouse.certification (natural_key, kind, status, certificate_no, enterprise_id, match_method, uscc_quality,
                enterprise_name, name_key, region_code, batch_year, valid_from, valid_to, published_on, source_id, document_url, row_number)
            VALUES ('techsme:' || @year || ':' || @name, 'techsme', 'recognized', @year || '4312220000' || length(@name), @enterprise,
                CASE WHEN @enterprise IS NULL THEN 'none' ELSE 'uscc' END, 'valid', @name, @name, @region, @year, @published,
                make_date(@year, 12, 31), @published, 'kjt-techsme', 'http://test/techsme', 1)
            """,
            connection);
        command.Parameters.AddWithValue("year", year);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.Add(new NpgsqlParameter<long?>("enterprise", enterpriseId) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        command.Parameters.AddWithValue("region", Region);
        command.Parameters.AddWithValue("published", published);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task HnteAsync(NpgsqlConnection connection, long enterpriseId, string name, DateOnly issued, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO warehouse.certification (natural_key, kind, status, certificate_no, enterprise_id, match_method, uscc_quality,
                enterprise_name, name_key, region_code, batch_year, issue_date, valid_from, valid_to, published_on, source_id, document_url, row_number)
            VALUES ('GR202243000999', 'hnte', 'recognized', 'GR202243000999', @enterprise, 'uscc', 'valid', @name, @name, @region,
                2022, @issued, @issued, (@issued + interval '3 years' - interval '1 day')::date, @issued, 'kjt-hnte', 'http://test/hnte', 1)
            """,
            connection);
        command.Parameters.AddWithValue("enterprise", enterpriseId);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("region", Region);
        command.Parameters.AddWithValue("issued", issued);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task ContractAsync(NpgsqlConnection connection, long sellerId, string registrationNo, DateOnly registered, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO warehouse.tech_contract (registration_no, project_name, contract_type, reporting_bucket, contract_amount, tech_trade_amount,
                registered_on, seller_enterprise_id, seller_match_method, seller_name, seller_name_key, seller_uscc_quality, seller_div,
                buyer_match_method, buyer_name, buyer_name_key, buyer_uscc_quality, buyer_div, source_id, document_url, row_number)
            VALUES (@no, '测试项目', '技术开发', '开发', 100000, 80000, @registered, @seller, 'uscc', '卖方', '卖方', 'valid', @region,
                'none', '买方', '买方', 'absent', @region, 'market-contracts', 'http://test/contracts', 1)
            """,
            connection);
        command.Parameters.AddWithValue("no", registrationNo);
        command.Parameters.AddWithValue("registered", registered);
        command.Parameters.AddWithValue("seller", sellerId);
        command.Parameters.AddWithValue("region", Region);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
