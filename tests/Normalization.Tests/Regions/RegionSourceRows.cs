using YuanlingTech.Normalization.Contracts;
using YuanlingTech.Normalization.Hnte;
using YuanlingTech.Normalization.Loans;
using YuanlingTech.Normalization.Manual;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Normalization.TechSme;
using YuanlingTech.Normalization.Tests.Contracts;
using YuanlingTech.Normalization.Tests.Hnte;
using YuanlingTech.Normalization.Tests.Loans;
using YuanlingTech.Normalization.Tests.Manual;
using YuanlingTech.Normalization.Uscc;
using C = YuanlingTech.Normalization.Manual.ManualColumns;

namespace YuanlingTech.Normalization.Tests.Regions;

/// <summary>One clean row per source with its region cell and USCC replaced; returns the region outcome.</summary>
internal static class RegionSourceRows
{
    public static IReadOnlyList<string> Sources { get; } =
        ["hnte", "hnte-proposed", "techsme", "contract-seller", "contract-buyer", "loan", "rd", "platform"];

    /// <summary>A valid USCC whose registering-authority segment (positions 3-8) is <paramref name="division"/>.</summary>
    public static string UsccFor(string division)
    {
        var body = "91" + division + "MA4L41Y0";
        var first17 = body + UsccAlphabet.ComputeOrgCodeCheckChar(body.AsSpan(8, 8));
        return first17 + UsccAlphabet.ComputeCheckChar(first17);
    }

    public static (string? Code, string? Source, IReadOnlyList<string> Reasons) Normalize(string source, string? region, string uscc) => source switch
    {
        "hnte" => Certification(HnteRecordNormalizer.Normalize(
            [HnteRows.Row(1, uscc: uscc, region: region, certificateNo: "GR202443002931", issueDate: "2024-12-10")],
            HnteRows.Context(HnteListKind.Recognized)) is var r ? (r.Records, r.Rejects) : default),
        "hnte-proposed" => Certification(HnteRecordNormalizer.Normalize(
            [HnteRows.Row(1, uscc: uscc, region: region)], HnteRows.Context(HnteListKind.Proposed)) is var r ? (r.Records, r.Rejects) : default),
        "techsme" => Certification(TechSmeRecordNormalizer.Normalize(
            [new RawRecord("http://x/a.html", 1, Fields((RawColumns.EnterpriseName, "沅陵县辰州科技有限公司"), (RawColumns.Uscc, uscc), (RawColumns.Region, region)))],
            new TechSmeListContext(TechSmeListKind.Proposed, 2024, 3, new DateOnly(2024, 10, 21), "title")) is var r ? (r.Records, r.Rejects) : default),
        "contract-seller" => Contract(ContractRows.Row(1, (TechContractColumns.SellerUscc, uscc), (TechContractColumns.SellerRegion, region)), buyer: false),
        "contract-buyer" => Contract(ContractRows.Row(1, (TechContractColumns.BuyerUscc, uscc), (TechContractColumns.BuyerRegion, region)), buyer: true),
        "loan" => LoanRecordNormalizer.Normalize([LoanRows.Row((LoanFields.Uscc, uscc), (LoanFields.CountyCode, region))]) is var r
            ? Outcome(r.Records.Select(x => (x.RegionCode, x.RegionSource)), r.Rejects) : default,
        "rd" => RdSpendingNormalizer.Normalize([ManualRows.Row(1, (C.EnterpriseName, "甲公司"), (C.Uscc, uscc), (C.Region, region), (C.Year, "2024"), (C.RdAmountWan, "10"))]) is var r
            ? Outcome(r.Records.Select(x => (x.RegionCode, x.RegionSource)), r.Rejects) : default,
        "platform" => PlatformNormalizer.Normalize([ManualRows.Row(1, (C.PlatformName, "怀化市农业工程技术研究中心"), (C.PlatformLevel, "省级"),
            (C.PlatformType, "工程技术研究中心"), (C.HostName, "甲公司"), (C.Uscc, uscc), (C.Region, region), (C.RecognizedYear, "2023"), (C.Status, "有效"))]) is var r
            ? Outcome(r.Records.Select(x => (x.RegionCode, x.RegionSource)), r.Rejects) : default,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "unknown source"),
    };

    private static Dictionary<string, string?> Fields(params (string Column, string? Value)[] cells) =>
        cells.ToDictionary(c => c.Column, c => c.Value, StringComparer.Ordinal);

    private static (string?, string?, IReadOnlyList<string>) Certification((IReadOnlyList<CertificationRecord> Records, IReadOnlyList<RejectedRecord> Rejects) result) =>
        Outcome(result.Records.Select(x => (x.RegionCode, x.RegionSource)), result.Rejects);

    private static (string?, string?, IReadOnlyList<string>) Contract(RawRecord row, bool buyer)
    {
        var result = TechContractNormalizer.Normalize([row]);
        return Outcome(result.Records.Select(x => buyer ? (x.Buyer.RegionCode, x.Buyer.RegionSource) : (x.Seller.RegionCode, x.Seller.RegionSource)), result.Rejects);
    }

    private static (string?, string?, IReadOnlyList<string>) Outcome(IEnumerable<(string Code, string Source)> records, IReadOnlyList<RejectedRecord> rejects)
    {
        var record = records.SingleOrDefault();
        return (record.Code, record.Source, rejects.SelectMany(r => r.Reasons).ToList());
    }
}
