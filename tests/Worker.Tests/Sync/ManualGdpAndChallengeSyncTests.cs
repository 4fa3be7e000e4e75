using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>
/// manual end to end for the regional GDP and 揭榜挂帅 templates: files dropped into the inbox by hand (an xlsx and a csv
/// of each, the csv with the accepted alternative headers) go through the real connector, normalizers and loader.
/// </summary>
public sealed class ManualGdpAndChallengeSyncTests : IDisposable
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
    private readonly string _inbox = Path.Combine(Path.GetTempPath(), "yt-manual-gdp-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Sync_LoadsBothTemplates_AndALaterFileReplacesWhatItRepeats()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await WorkerTestHost.StartAsync("manual-gdp", new SimulatorOptions { Scale = 0.01 },
            new Dictionary<string, string?> { ["Sources:manual:InboxFolder"] = _inbox }, ct);
        var sync = test.Get<SourceSyncService>();
        var reader = new WarehouseReader(test.Database.ConnectionString);
        Directory.CreateDirectory(_inbox);
        DropXlsx("地区生产总值-2024.xlsx",
            ["2024年各县市区地区生产总值", null, null],
            ["年度", "地区", "地区生产总值（亿元）"],
            [2024, "沅陵县", 215.6],
            ["2024", "辰溪县", "1,198.123456"],
            [2024, "怀化市", "2001.5"]);
        DropXlsx("揭榜挂帅项目-2025.xlsx",
            ["项目名称", "发榜单位", "所属地区", "发布日期", "悬赏金额（万元）", "状态"],
            ["碣滩茶(绿茶)精深加工关键技术攻关", "沅陵县辰州茶业有限公司", "沅陵县", new DateTime(2025, 3, 18), 50, "发榜中"],
            ["辰溪稻米品质提升技术", "辰溪县农业农村局", "431223", "2025/4/2", null, "已揭榜"]);

        var first = await sync.RunAsync("manual", "test", null, ct);

        Assert.True(first.Status == SyncStatus.Succeeded, first.Error);
        Assert.Equal(
            [(2024, "431200", 200_150_000_000m), (2024, "431222", 21_560_000_000m), (2024, "431223", 119_812_345_600m)],
            await GdpAsync(reader, ct));
        Assert.Equal(
        [
            ("碣滩茶（绿茶）精深加工关键技术攻关", "431222", new DateOnly(2025, 3, 18), (decimal?)500_000m, "open"),
            ("辰溪稻米品质提升技术", "431223", new DateOnly(2025, 4, 2), null, "taken"),
        ], await ProjectsAsync(reader, ct));
        Assert.Equal(("manual", "file://" + Path.Combine(_inbox, "archive", "地区生产总值-2024.xlsx"), 1),
            Assert.Single(await reader.QueryAsync(
                "SELECT source_id, document_url, row_number FROM warehouse.regional_gdp WHERE region_code = '431222'",
                r => (r.GetString(0), r.GetString(1), r.GetInt32(2)), ct)));

        DropCsv("地区生产总值-2024-修订.csv", Gb18030, "年份,行政区划代码,GDP（亿元）\r\n2024,431222,216.1\r\n2023,沅陵县,\"1,200.5\"\r\n");
        DropCsv("揭榜挂帅项目-2025-更新.csv", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            "榜单名称,需求单位,地区,发榜日期,榜额(万元),状态\n碣滩茶（绿茶） 精深加工关键技术攻关,沅陵县辰州茶业有限公司,沅陵县,2025年3月18日,60,已验收\n"
            + "五强溪库区生态渔业技术,沅陵县农业农村局,沅陵县,20250601,\"1,000\",发榜中\n");
        DropCsv("地区生产总值-万元.csv", Encoding.UTF8, "年度,地区,地区生产总值（万元）\n2024,沅陵县,2156000\n");
        DropCsv("地区生产总值-2025.csv", Encoding.UTF8, "年度,地区,地区生产总值（亿元）\n2025,沅陵县,0\n2025,火星,-5\n2025,辰溪县,120\n");
        DropCsv("揭榜挂帅项目-坏.csv", Encoding.UTF8,
            "项目名称,发榜单位,所属地区,发布日期,悬赏金额（万元）,状态\n甲,乙,沅陵县,2025-05-01,10,暂停\n丙,丁,沅陵县,2025-02-30,10,发榜中\n");

        var second = await sync.RunAsync("manual", "test", null, ct);

        Assert.True(second.Status == SyncStatus.Succeeded, second.Error);
        Assert.Equal(
            [(2023, "431222", 120_050_000_000m), (2024, "431200", 200_150_000_000m), (2024, "431222", 21_610_000_000m), (2024, "431223", 119_812_345_600m)],
            await GdpAsync(reader, ct));
        Assert.Equal(
        [
            ("五强溪库区生态渔业技术", "431222", new DateOnly(2025, 6, 1), (decimal?)10_000_000m, "open"),
            ("碣滩茶（绿茶）精深加工关键技术攻关", "431222", new DateOnly(2025, 3, 18), 600_000m, "accepted"),
            ("辰溪稻米品质提升技术", "431223", new DateOnly(2025, 4, 2), null, "taken"),
        ], await ProjectsAsync(reader, ct));
        Assert.Empty(Directory.EnumerateFiles(_inbox));
        Assert.Equal(
            [
                ("地区生产总值-2024-修订.csv", "loaded", "regional_gdp", 2),
                ("地区生产总值-2024.xlsx", "loaded", "regional_gdp", 3),
                ("地区生产总值-2025.csv", "rejected", "regional_gdp", 3),
                ("地区生产总值-万元.csv", "rejected", "", 0),
                ("揭榜挂帅项目-2025-更新.csv", "loaded", "challenge_project", 2),
                ("揭榜挂帅项目-2025.xlsx", "loaded", "challenge_project", 2),
                ("揭榜挂帅项目-坏.csv", "rejected", "challenge_project", 2),
            ],
            (await reader.QueryAsync(
                "SELECT file_name, status, coalesce(template, ''), row_count FROM ingest.inbox_file",
                r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3)), ct)).Order());
        Assert.Equal(
            ["row 1: 地区生产总值（亿元） '0' is not positive", "row 2: 地区 '火星' is not a known division; 地区生产总值（亿元） '-5' is not positive"],
            await RejectedRowsAsync("地区生产总值-2025.csv", ct));
        Assert.Equal(
            ["row 1: 状态 '暂停' is not one of 发榜中/已揭榜/已验收/已撤销", "row 2: 发布日期 '2025-02-30' is not a date"],
            await RejectedRowsAsync("揭榜挂帅项目-坏.csv", ct));
        Assert.Contains("header matches no template: found 年度 | 地区 | 地区生产总值（万元）",
            await File.ReadAllTextAsync(Path.Combine(_inbox, "rejected", "地区生产总值-万元.csv.errors.txt"), ct), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_inbox))
        {
            Directory.Delete(_inbox, recursive: true);
        }
    }

    private static Task<List<(int, string, decimal)>> GdpAsync(WarehouseReader reader, CancellationToken cancellationToken) =>
        reader.QueryAsync("SELECT year, region_code, gdp_yuan FROM warehouse.regional_gdp ORDER BY 1, 2",
            r => (r.GetInt32(0), r.GetString(1), r.GetDecimal(2)), cancellationToken);

    private static Task<List<(string, string, DateOnly, decimal?, string)>> ProjectsAsync(WarehouseReader reader, CancellationToken cancellationToken) =>
        reader.QueryAsync("SELECT name, region_code, published_on, reward_yuan, status FROM warehouse.challenge_project ORDER BY region_code, name",
            r => (r.GetString(0), r.GetString(1), r.GetFieldValue<DateOnly>(2), r.IsDBNull(3) ? (decimal?)null : r.GetDecimal(3), r.GetString(4)),
            cancellationToken);

    private async Task<string[]> RejectedRowsAsync(string fileName, CancellationToken cancellationToken) =>
        [.. (await File.ReadAllLinesAsync(Path.Combine(_inbox, "rejected", fileName + ".errors.txt"), cancellationToken))
            .Where(l => l.StartsWith("row ", StringComparison.Ordinal))];

    private void DropXlsx(string name, params object?[][] rows)
    {
        var width = rows.Max(r => r.Length);
        var sheet = rows.Select(r => Enumerable.Range(0, width).ToDictionary(c => $"C{c}", c => c < r.Length ? r[c] : null)).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, printHeader: false, sheetName: "Sheet1", excelType: ExcelType.XLSX, configuration: new OpenXmlConfiguration());
        Settle(name, stream.ToArray());
    }

    private void DropCsv(string name, Encoding encoding, string text) => Settle(name, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);

    // Written minutes ago, so the connector takes the file as settled.
    private void Settle(string name, byte[] bytes)
    {
        var path = Path.Combine(_inbox, name);
        File.WriteAllBytes(path, bytes);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-5));
    }
}
