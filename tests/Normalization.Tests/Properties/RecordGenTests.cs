using FsCheck.Fluent;
using YuanlingTech.Normalization.Contracts;
using YuanlingTech.Normalization.Hnte;
using YuanlingTech.Normalization.Loans;
using YuanlingTech.Normalization.Manual;
using YuanlingTech.Normalization.TechSme;

namespace YuanlingTech.Normalization.Tests.Properties;

/// <summary>Guards the property tests against vacuity: the row generators must reach the accept paths too.</summary>
public class RecordGenTests
{
    private const int Batches = 200;

    [Fact]
    public void RowGenerators_YieldRecordsAndRejects_ForEverySource()
    {
        var hnte = RecordGen.HnteRows.Sample(Batches).Select(rows => HnteRecordNormalizer.Normalize(rows, new HnteListContext(HnteListKind.Recognized, 2024, 1, new DateOnly(2024, 12, 11), "t"))).ToList();
        var techSme = RecordGen.HnteRows.Sample(Batches).Select(rows => TechSmeRecordNormalizer.Normalize(rows, new TechSmeListContext(TechSmeListKind.Registered, 2024, 1, new DateOnly(2024, 10, 21), "t"))).ToList();
        var contracts = RecordGen.ContractRows.Sample(Batches).Select(TechContractNormalizer.Normalize).ToList();
        var loans = RecordGen.LoanRows.Sample(Batches).Select(LoanRecordNormalizer.Normalize).ToList();
        var rd = RecordGen.ManualRows.Sample(Batches).Select(RdSpendingNormalizer.Normalize).ToList();
        var platforms = RecordGen.ManualRows.Sample(Batches).Select(PlatformNormalizer.Normalize).ToList();

        Assert.All(
            new (string Source, int Records, int Rejects)[]
            {
                ("hnte", hnte.Sum(r => r.Records.Count), hnte.Sum(r => r.Rejects.Count)),
                ("techsme", techSme.Sum(r => r.Records.Count), techSme.Sum(r => r.Rejects.Count)),
                ("contracts", contracts.Sum(r => r.Records.Count), contracts.Sum(r => r.Rejects.Count)),
                ("loans", loans.Sum(r => r.Records.Count), loans.Sum(r => r.Rejects.Count)),
                ("rd", rd.Sum(r => r.Records.Count), rd.Sum(r => r.Rejects.Count)),
                ("platforms", platforms.Sum(r => r.Records.Count), platforms.Sum(r => r.Rejects.Count)),
            },
            counts => Assert.True(counts.Records >= 10 && counts.Rejects >= 10, $"{counts.Source}: {counts.Records} records, {counts.Rejects} rejects"));
    }
}
