using FsCheck.Fluent;
using YuanlingTech.Normalization.Contracts;
using YuanlingTech.Normalization.Hnte;
using YuanlingTech.Normalization.Loans;
using YuanlingTech.Normalization.Manual;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.Normalization.TechSme;

namespace YuanlingTech.Normalization.Tests.Properties;

/// <summary>Per-source record normalizers fed random cells: every row ends as a record or a reject with reasons, nothing throws.</summary>
public class RecordPropertyTests
{
    private const int MaxTest = 150;

    [Fact(Timeout = PropertyCheck.TimeoutMs)]
    public Task HnteNormalize_AccountsForEveryRow_ForRandomCells() =>
        PropertyCheck.ForAllAsync(RecordGen.HnteRows.Zip(RecordGen.HnteContext), input =>
        {
            var (rows, context) = input;
            var result = HnteRecordNormalizer.Normalize(rows, context);
            AssertAccounted(rows, result.Records.Count, result.Rejects, deduplicates: true);
            Assert.All(result.Records, r => AssertRegion(r.RegionCode));
        }, MaxTest);

    [Fact(Timeout = PropertyCheck.TimeoutMs)]
    public Task HnteNationalAndRename_AccountForEveryRow_ForRandomCells() =>
        PropertyCheck.ForAllAsync(RecordGen.HnteRows.Zip(RecordGen.RenameRows), input =>
        {
            var (rows, renameRows) = input;
            var context = new HnteListContext(HnteListKind.Recognized, 2024, 1, new DateOnly(2024, 12, 11), "备案");
            var (filings, rejects) = HnteNationalNormalizer.Normalize(rows, context);
            AssertAccounted(rows, filings.Count, rejects, deduplicates: true);
            var renames = HnteRenameNormalizer.Normalize(renameRows, new DateOnly(2024, 12, 11));
            AssertAccounted(renameRows, renames.Records.Count, renames.Rejects, deduplicates: true);
        }, MaxTest);

    [Fact(Timeout = PropertyCheck.TimeoutMs)]
    public Task TechSmeNormalize_AccountsForEveryRow_ForRandomCells() =>
        PropertyCheck.ForAllAsync(RecordGen.HnteRows.Zip(Gen.Elements(Enum.GetValues<TechSmeListKind>())), input =>
        {
            var (rows, kind) = input;
            var context = new TechSmeListContext(kind, 2024, kind == TechSmeListKind.Removed ? null : 3, new DateOnly(2024, 10, 21), "title");
            var result = TechSmeRecordNormalizer.Normalize(rows, context);
            AssertAccounted(rows, result.Records.Count, result.Rejects, deduplicates: true);
            Assert.All(result.Records, r => AssertRegion(r.RegionCode));
        }, MaxTest);

    [Fact(Timeout = PropertyCheck.TimeoutMs)]
    public Task ContractNormalize_AccountsForEveryRow_ForRandomCells() =>
        PropertyCheck.ForAllAsync(RecordGen.ContractRows, rows =>
        {
            var result = TechContractNormalizer.Normalize(rows);
            AssertAccounted(rows, result.Records.Count, result.Rejects, deduplicates: false);
            Assert.All(result.Records, r =>
            {
                AssertRegion(r.Seller.RegionCode);
                AssertRegion(r.Buyer.RegionCode);
                Assert.InRange(r.TechTradeAmount, 0, r.ContractAmount);
            });
        }, MaxTest);

    [Fact(Timeout = PropertyCheck.TimeoutMs)]
    public Task LoanNormalize_AccountsForEveryRow_ForRandomCells() =>
        PropertyCheck.ForAllAsync(RecordGen.LoanRows, rows =>
        {
            var result = LoanRecordNormalizer.Normalize(rows);
            AssertAccounted(rows, result.Records.Count, result.Rejects, deduplicates: true);
            Assert.All(result.Records, r =>
            {
                AssertRegion(r.RegionCode);
                Assert.True(r.MaturesOn > r.DisbursedOn && r.AmountYuan > 0);
            });
        }, MaxTest);

    [Fact(Timeout = PropertyCheck.TimeoutMs)]
    public Task ManualNormalizers_AccountForEveryRow_ForRandomCells() =>
        PropertyCheck.ForAllAsync(RecordGen.ManualRows, rows =>
        {
            var rd = RdSpendingNormalizer.Normalize(rows);
            AssertAccounted(rows, rd.Records.Count, rd.Rejects, deduplicates: false);
            Assert.All(rd.Records, r => AssertRegion(r.RegionCode));
            var platforms = PlatformNormalizer.Normalize(rows);
            AssertAccounted(rows, platforms.Records.Count, platforms.Rejects, deduplicates: false);
            Assert.All(platforms.Records, r => AssertRegion(r.RegionCode));
            var targets = TargetImportNormalizer.Normalize(rows, Manual.TargetImportNormalizerTests.Metrics);
            AssertAccounted(rows, targets.Records.Count, targets.Rejects, deduplicates: false);
        }, MaxTest);

    private static void AssertAccounted(List<RawRecord> rows, int records, IReadOnlyList<RejectedRecord> rejects, bool deduplicates)
    {
        Assert.All(rejects, reject =>
        {
            Assert.NotEmpty(reject.Reasons);
            Assert.All(reject.Reasons, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
        });
        if (deduplicates)
        {
            Assert.InRange(records + rejects.Count, Math.Min(rows.Count, 1), rows.Count);
        }
        else
        {
            Assert.Equal(rows.Count, records + rejects.Count);
        }
    }

    private static void AssertRegion(string code) => Assert.NotNull(HunanDivisions.Find(code));
}
