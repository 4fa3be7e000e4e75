using System.Globalization;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Normalization.TechSme;
using YuanlingTech.Normalization.Uscc;
using YuanlingTech.Storage.Ingest;
using YuanlingTech.Storage.Loading;

namespace YuanlingTech.Storage.Tests;

/// <summary>
/// One firm in two tech-SME lists of one year, once with its USCC and once without it but with the same 入库登记编号:
/// one registration, keyed and linked by the USCC, whatever the order and however the lists are loaded.
/// </summary>
public sealed class TechSmeRegistrationIdentityTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const string Source = "kjt-techsme";
    private static readonly DateOnly EarlierOn = new(2025, 4, 10);
    private static readonly DateOnly LaterOn = new(2025, 8, 20);
    private static int s_nextBatch = Random.Shared.Next(1_000, 1_000_000) * 10;
    private static int s_nextSerial = Random.Shared.Next(1_000, 1_000_000);

    [Theory]
    [InlineData(true, true, true)]
    [InlineData(true, true, false)]
    [InlineData(true, false, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, true)]
    [InlineData(false, true, false)]
    [InlineData(false, false, true)]
    [InlineData(false, false, false)]
    public async Task Load_KeepsOneRegistrationLinkedByUscc_WhenASecondListNamesItByNumberOnly(
        bool usccListFirst, bool usccListEarlier, bool sameLoadBatch)
    {
        var ct = TestContext.Current.CancellationToken;
        var firm = new Firm(NewUscc(), $"沅陵登记{Guid.NewGuid():N}"[..16] + "有限公司", NewNumber());
        var otherWithUscc = new Firm(NewUscc(), $"沅陵其他{Guid.NewGuid():N}"[..16] + "有限公司", NewNumber());
        var otherWithout = new Firm(null, $"沅陵无码{Guid.NewGuid():N}"[..16] + "有限公司", NewNumber());
        var batch = Interlocked.Add(ref s_nextBatch, 2);
        var withUscc = List(usccListEarlier ? EarlierOn : LaterOn, usccListEarlier ? batch : batch + 1, [firm, otherWithUscc], withUscc: true);
        var withoutUscc = List(usccListEarlier ? LaterOn : EarlierOn, usccListEarlier ? batch + 1 : batch, [firm, otherWithout], withUscc: false);
        var lists = usccListFirst ? new[] { withUscc, withoutUscc } : [withoutUscc, withUscc];

        if (sameLoadBatch)
        {
            await LoadAsync(lists, ct);
        }
        else
        {
            await LoadAsync([lists[0]], ct);
            await LoadAsync([lists[1]], ct);
        }

        var numbers = $"'{firm.Number}', '{otherWithUscc.Number}', '{otherWithout.Number}'";
        Assert.Equal(3, await database.ScalarAsync<long>(
            $"SELECT count(*) FROM warehouse.certification WHERE kind = 'techsme' AND status = 'recognized' AND batch_year = 2025 AND certificate_no IN ({numbers})", ct));
        var row = await database.ScalarAsync<string>(
            $"""
            SELECT string_agg(c.natural_key || ' ' || c.status || ' ' || (c.batch_no - {batch}) || ' ' || c.valid_from || ' ' || c.match_method || ' '
                              || coalesce(c.uscc_published, '-') || ' ' || c.uscc_quality || ' ' || (c.enterprise_id = e.id), ', ')
            FROM warehouse.certification c LEFT JOIN warehouse.enterprise e ON e.uscc = '{firm.Uscc}'
            WHERE c.kind = 'techsme' AND c.certificate_no = '{firm.Number}'
            """,
            ct);
        Assert.Equal($"techsme:2025:{firm.Uscc} recognized 1 {LaterOn:yyyy-MM-dd} uscc {firm.Uscc} valid true", row);
    }

    [Fact]
    public async Task Load_FoldsTheRowWithoutUscc_WhenAnEarlierLoadLeftTheRegistrationTwice()
    {
        var ct = TestContext.Current.CancellationToken;
        var firm = new Firm(NewUscc(), $"沅陵旧载{Guid.NewGuid():N}"[..16] + "有限公司", NewNumber());
        var batch = Interlocked.Add(ref s_nextBatch, 2);
        var list = List(EarlierOn, batch, [firm], withUscc: true);
        await LoadAsync([list], ct);
        // The state loads left before a registration number identified a registration: a second, name-keyed row of a later
        // list, here also removed.
        await database.ExecuteAsync(
            $"""
            INSERT INTO warehouse.certification (natural_key, kind, status, certificate_no, match_method, match_confidence, uscc_quality,
                enterprise_name, name_key, region_code, batch_year, batch_no, valid_from, valid_to, revoked_from, revocation_reason,
                published_on, source_id, document_url, row_number, first_seen_at, last_seen_at)
            SELECT 'techsme:2025:name:' || name_key || '@431222', kind, 'revoked', certificate_no, 'none', 0, 'absent',
                enterprise_name, name_key, region_code, batch_year, batch_no + 1, DATE '{LaterOn:yyyy-MM-dd}', valid_to, DATE '2025-11-01', '移出',
                DATE '{LaterOn:yyyy-MM-dd}', source_id, 'http://kjt.example/techsme/legacy.html', 1, now(), now()
            FROM warehouse.certification WHERE certificate_no = '{firm.Number}'
            """,
            ct);

        await LoadAsync([List(EarlierOn, batch, [firm], withUscc: true)], ct);

        var row = await database.ScalarAsync<string>(
            $"""
            SELECT string_agg(natural_key || ' ' || status || ' ' || (batch_no - {batch}) || ' ' || valid_from || ' ' || revoked_from || ' '
                              || match_method || ' ' || document_url, ', ')
            FROM warehouse.certification WHERE kind = 'techsme' AND certificate_no = '{firm.Number}'
            """,
            ct);
        Assert.Equal($"techsme:2025:{firm.Uscc} revoked 1 {LaterOn:yyyy-MM-dd} 2025-11-01 uscc http://kjt.example/techsme/legacy.html", row);
    }

    private static TechSmeListRecords List(DateOnly publishedOn, int batch, Firm[] firms, bool withUscc)
    {
        var context = new TechSmeListContext(TechSmeListKind.Registered, 2025, batch, publishedOn, "公布");
        var url = $"http://kjt.example/techsme/{batch}-{(withUscc ? "uscc" : "no-uscc")}.html";
        var rows = firms.Select((f, i) => new RawRecord(url, i + 1, new Dictionary<string, string?>
        {
            [RawColumns.EnterpriseName] = f.Name,
            [RawColumns.Uscc] = withUscc ? f.Uscc : null,
            [RawColumns.CertificateNo] = f.Number,
            [RawColumns.Region] = "沅陵县",
        }));
        var normalized = TechSmeRecordNormalizer.Normalize(rows, context);
        Assert.Empty(normalized.Rejects);
        return new TechSmeListRecords(context, normalized.Records);
    }

    private static string NewUscc()
    {
        var body = (Random.Shared.Next(10_000_000, 99_999_999)).ToString(CultureInfo.InvariantCulture);
        var first17 = "91431222" + body + UsccAlphabet.ComputeOrgCodeCheckChar(body);
        return first17 + UsccAlphabet.ComputeCheckChar(first17);
    }

    private static string NewNumber() =>
        string.Create(CultureInfo.InvariantCulture, $"2025431222A{Interlocked.Increment(ref s_nextSerial) % 10_000_000:D7}");

    private async Task LoadAsync(TechSmeListRecords[] lists, CancellationToken cancellationToken)
    {
        var runId = await database.Get<SyncRunStore>().StartAsync(Source, "test", cancellationToken);
        await database.Get<IRecordLoader<TechSmeListRecords>>().LoadAsync(Source, runId, lists, cancellationToken);
    }

    private sealed record Firm(string? Uscc, string Name, string Number);
}
