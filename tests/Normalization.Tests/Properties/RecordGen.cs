using FsCheck;
using FsCheck.Fluent;
using YuanlingTech.Normalization.Contracts;
using YuanlingTech.Normalization.Hnte;
using YuanlingTech.Normalization.Loans;
using YuanlingTech.Normalization.Manual;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Normalization.Tests.Properties;

/// <summary>Raw rows for each source whose cells are plausible values or hostile ones.</summary>
internal static class RecordGen
{
    public const string Url = "http://127.0.0.1/property.html";

    private static readonly string?[] Names = ["沅陵县辰州科技(湖南)有限公司", " 长沙华创电子科技有限公司 ", "沅陵县辰州科技（湖南）有限公司", "", null];
    private static readonly string?[] Usccs = ["91431222MA4L41Y04R", "91431222ma4l41y04r", "91431222MA4612DDX0", "91431222MA4PWQ3B10", "914312", "", null];
    private static readonly string?[] Regions = ["沅陵县", "431222", "怀化市沅陵县", "长沙市", "433100", "火星", "", " ", null];
    private static readonly string?[] Dates = ["2024-12-10", "2024年12月10日", "2025/3/5", "45657", "9999-12-31", "0001-01-01", "", null];
    private static readonly string?[] Amounts = ["1,234.5678", "1000", "0", "-5", "14.5亿元", "79228162514264337593543950335", "", null];

    public static Gen<HnteListContext> HnteContext { get; } =
        from kind in Gen.Elements(HnteListKind.Proposed, HnteListKind.Recognized, HnteListKind.Revoked)
        from batchNo in Gen.Elements<int?>(null, 1, 2)
        select new HnteListContext(kind, 2024, batchNo, new DateOnly(2024, 12, 11), "title");

    public static Gen<List<RawRecord>> HnteRows { get; } = CellGen.Rows(n => Row(n, new Dictionary<string, Gen<string?>>
    {
        [RawColumns.EnterpriseName] = CellGen.Plausible(Names),
        [RawColumns.Uscc] = CellGen.Plausible(Usccs),
        [RawColumns.Region] = CellGen.Plausible(Regions),
        [RawColumns.CertificateNo] = CellGen.Plausible("GR202443002931", "gr 2024 43 002931", "202443122200000123", "2023431222B0000009", "", null),
        [RawColumns.IssueDate] = CellGen.Plausible(Dates),
        [RawColumns.RevocationReason] = CellGen.Plausible("弄虚作假", null),
        [RawColumns.RevocationYear] = CellGen.Plausible("2023", "2023年度", "9999", null),
    }));

    public static Gen<List<RawRecord>> RenameRows { get; } = CellGen.Rows(n => Row(n, new Dictionary<string, Gen<string?>>
    {
        [HnteRenameColumns.OldName] = CellGen.Plausible(Names),
        [HnteRenameColumns.NewName] = CellGen.Plausible(Names),
        [RawColumns.CertificateNo] = CellGen.Plausible("GR202443002931", "", null),
    }));

    public static Gen<List<RawRecord>> ContractRows { get; } = CellGen.Rows(n => Row(n, new Dictionary<string, Gen<string?>>
    {
        [TechContractColumns.RegistrationNo] = CellGen.Plausible("2025431222000123", "20254312220001", "2025-4312-2200-0123", "", null),
        [TechContractColumns.ProjectName] = CellGen.Plausible("智能监测开发项目", "", null),
        [TechContractColumns.ContractType] = CellGen.Plausible("技术开发（委托开发）", "技术服务", "许可", "技术转让(专利权)", "", null),
        [TechContractColumns.SellerName] = CellGen.Plausible(Names),
        [TechContractColumns.SellerUscc] = CellGen.Plausible(Usccs),
        [TechContractColumns.SellerRegion] = CellGen.Plausible(Regions),
        [TechContractColumns.BuyerName] = CellGen.Plausible(Names),
        [TechContractColumns.BuyerUscc] = CellGen.Plausible(Usccs),
        [TechContractColumns.BuyerRegion] = CellGen.Plausible(Regions),
        [TechContractColumns.ContractAmount] = CellGen.Plausible(Amounts),
        [TechContractColumns.TechTradeAmount] = CellGen.Plausible(["1000", .. Amounts]),
        [TechContractColumns.SignedOn] = CellGen.Plausible(Dates),
        [TechContractColumns.RegisteredOn] = CellGen.Plausible(Dates),
        [TechContractColumns.TechField] = CellGen.Plausible("农业", null),
    }));

    public static Gen<List<RawRecord>> LoanRows { get; } = CellGen.Rows(n => Row(n, new Dictionary<string, Gen<string?>>
    {
        [LoanFields.LoanNo] = CellGen.Plausible("KV2025000123", "kv 2025 000124", "", null),
        [LoanFields.EnterpriseName] = CellGen.Plausible(Names),
        [LoanFields.Uscc] = CellGen.Plausible(Usccs),
        [LoanFields.CountyCode] = CellGen.Plausible(Regions),
        [LoanFields.Score] = CellGen.Plausible("86.5", "", null),
        [LoanFields.Grade] = CellGen.Plausible("B", null),
        [LoanFields.Bank] = CellGen.Plausible("中国农业银行", "", null),
        [LoanFields.Branch] = CellGen.Plausible("沅陵县支行", null),
        [LoanFields.GuaranteeMode] = CellGen.Plausible("信用", "担保", "credit", "", null),
        [LoanFields.Guarantor] = CellGen.Plausible("担保公司", null),
        [LoanFields.ContractNo] = CellGen.Plausible("HT2025-123456", null),
        [LoanFields.Amount] = CellGen.Plausible(Amounts),
        [LoanFields.DisbursedOn] = CellGen.Plausible(["2025-03-05", .. Dates]),
        [LoanFields.MaturesOn] = CellGen.Plausible("2027-03-05", "2026-12-31", "9999-12-31", "", null),
        [LoanFields.Rate] = CellGen.Plausible("0.0385", "3.85%", "", null),
        [LoanFields.Status] = CellGen.Plausible("正常", "不良", "已代偿", "", null),
        [LoanFields.StatusChangedOn] = CellGen.Plausible(["2025-03-05", .. Dates]),
        [LoanFields.NplOn] = CellGen.Plausible([null, .. Dates]),
        [LoanFields.CompensationClaimed] = CellGen.Plausible([null, .. Amounts]),
        [LoanFields.CompensationPaid] = CellGen.Plausible([null, .. Amounts]),
        [LoanFields.UpdatedAt] = CellGen.Plausible("2025-03-05T10:15:00+08:00", "2025-03-05 10:15:00", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "", null),
    }));

    public static Gen<List<RawRecord>> ManualRows { get; } = CellGen.Rows(n => Row(n, new Dictionary<string, Gen<string?>>
    {
        [ManualColumns.EnterpriseName] = CellGen.Plausible(Names),
        [ManualColumns.Uscc] = CellGen.Plausible(Usccs),
        [ManualColumns.Region] = CellGen.Plausible(Regions),
        [ManualColumns.Year] = CellGen.Plausible("2024", "2024年度", "2024.0", "1e3", "", null),
        [ManualColumns.RdAmountWan] = CellGen.Plausible(Amounts),
        [ManualColumns.PlatformName] = CellGen.Plausible("怀化市农业工程技术研究中心", "", null),
        [ManualColumns.PlatformLevel] = CellGen.Plausible("省级", "国家级", "", null),
        [ManualColumns.PlatformType] = CellGen.Plausible("工程技术研究中心", "", null),
        [ManualColumns.HostName] = CellGen.Plausible(Names),
        [ManualColumns.RecognizedYear] = CellGen.Plausible("2023", "", null),
        [ManualColumns.Status] = CellGen.Plausible("有效", "撤销", "", null),
        [ManualColumns.RegionCode] = CellGen.Plausible(Regions),
        [ManualColumns.Metric] = CellGen.Plausible("hnte.valid_count", "contracts.turnover", "", null),
        [ManualColumns.Kind] = CellGen.Plausible("absolute", "增长", "", null),
        [ManualColumns.Value] = CellGen.Plausible("12", "3.5%", "1.5亿元", "-3", "", null),
        [ManualColumns.BaseYear] = CellGen.Plausible("2023", "", null),
    }));

    private static Gen<RawRecord> Row(int rowNumber, Dictionary<string, Gen<string?>> columns) =>
        Gen.CollectToList(columns.Values).Select(values => new RawRecord(
            Url,
            rowNumber,
            columns.Keys.Zip(values).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal)));
}
