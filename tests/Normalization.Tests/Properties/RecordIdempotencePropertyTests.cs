using System.Globalization;
using FsCheck.Fluent;
using YuanlingTech.Normalization.Contracts;
using YuanlingTech.Normalization.Hnte;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.Normalization.TechSme;
using Col = YuanlingTech.Normalization.Contracts.TechContractColumns;

namespace YuanlingTech.Normalization.Tests.Properties;

/// <summary>A normalized record written back as a row normalizes to the same record.</summary>
public class RecordIdempotencePropertyTests
{
    private const int MaxTest = 150;

    [Fact(Timeout = PropertyCheck.TimeoutMs)]
    public Task HnteNormalize_ReturnsSameRecord_WhenRecordIsFedBack() =>
        PropertyCheck.ForAllAsync(RecordGen.HnteRows.Zip(RecordGen.HnteContext), input =>
        {
            var (rows, context) = input;
            foreach (var once in HnteRecordNormalizer.Normalize(rows, context).Records)
            {
                var twice = Assert.Single(HnteRecordNormalizer.Normalize([FedBack(once)], context).Records);
                Assert.Equal(once with { UsccPublished = once.Uscc ?? once.UsccPublished, RegionSource = RegionSources.Published }, twice);
            }
        }, MaxTest);

    [Fact(Timeout = PropertyCheck.TimeoutMs)]
    public Task TechSmeNormalize_ReturnsSameRecord_WhenRecordIsFedBack() =>
        PropertyCheck.ForAllAsync(RecordGen.HnteRows.Zip(Gen.Elements(Enum.GetValues<TechSmeListKind>())), input =>
        {
            var (rows, kind) = input;
            var context = new TechSmeListContext(kind, 2024, kind == TechSmeListKind.Removed ? null : 3, new DateOnly(2024, 10, 21), "title");
            foreach (var once in TechSmeRecordNormalizer.Normalize(rows, context).Records)
            {
                var twice = Assert.Single(TechSmeRecordNormalizer.Normalize([FedBack(once)], context).Records);
                Assert.Equal(once with { UsccPublished = once.Uscc ?? once.UsccPublished, RegionSource = RegionSources.Published }, twice);
            }
        }, MaxTest);

    [Fact(Timeout = PropertyCheck.TimeoutMs)]
    public Task ContractNormalize_ReturnsSameRecord_WhenRecordIsFedBack() =>
        PropertyCheck.ForAllAsync(RecordGen.ContractRows, rows =>
        {
            foreach (var once in TechContractNormalizer.Normalize(rows).Records)
            {
                var twice = Assert.Single(TechContractNormalizer.Normalize([FedBack(once)]).Records);
                Assert.Equal(Canonical(once), twice);
            }
        }, MaxTest);

    private static RawRecord FedBack(CertificationRecord record) => new(record.DocumentUrl, record.RowNumber, new Dictionary<string, string?>
    {
        [RawColumns.EnterpriseName] = record.EnterpriseName,
        [RawColumns.Uscc] = record.Uscc ?? record.UsccPublished,
        [RawColumns.Region] = record.RegionCode,
        [RawColumns.CertificateNo] = record.CertificateNo,
        [RawColumns.IssueDate] = record.IssueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [RawColumns.RevocationReason] = record.RevocationReason,
        [RawColumns.RevocationYear] = record.RevokedFrom is { Month: 1, Day: 1 } from ? from.Year.ToString(CultureInfo.InvariantCulture) : null,
    });

    private static RawRecord FedBack(TechContractRecord record) => new(record.DocumentUrl, record.RowNumber, new Dictionary<string, string?>
    {
        [Col.RegistrationNo] = record.RegistrationNo,
        [Col.ProjectName] = record.ProjectName,
        [Col.ContractType] = record.ContractSubtype is null ? record.ContractType : $"{record.ContractType}（{record.ContractSubtype}）",
        [Col.SellerName] = record.Seller.Name,
        [Col.SellerUscc] = record.Seller.Uscc ?? record.Seller.UsccPublished,
        [Col.SellerRegion] = record.Seller.RegionCode,
        [Col.BuyerName] = record.Buyer.Name,
        [Col.BuyerUscc] = record.Buyer.Uscc ?? record.Buyer.UsccPublished,
        [Col.BuyerRegion] = record.Buyer.RegionCode,
        [Col.ContractAmount] = record.ContractAmount.ToString(CultureInfo.InvariantCulture) + "元",
        [Col.TechTradeAmount] = record.TechTradeAmount.ToString(CultureInfo.InvariantCulture) + "元",
        [Col.SignedOn] = record.SignedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [Col.RegisteredOn] = record.RegisteredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [Col.TechField] = record.TechField,
    });

    private static TechContractRecord Canonical(TechContractRecord record) => record with
    {
        Seller = record.Seller with { UsccPublished = record.Seller.Uscc ?? record.Seller.UsccPublished, RegionSource = RegionSources.Published },
        Buyer = record.Buyer with { UsccPublished = record.Buyer.Uscc ?? record.Buyer.UsccPublished, RegionSource = RegionSources.Published },
    };
}
