using YuanlingTech.Normalization.Amounts;
using YuanlingTech.Normalization.Dates;
using YuanlingTech.Normalization.Names;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.Normalization.Text;
using YuanlingTech.Normalization.Uscc;
using Col = YuanlingTech.Normalization.Contracts.TechContractColumns;

namespace YuanlingTech.Normalization.Contracts;

/// <summary>One result-table row to one contract; every problem with the row is reported, not just the first.</summary>
internal static class TechContractRowNormalizer
{
    public static TechContractRecord? Normalize(RawRecord row, List<string> reasons)
    {
        var registrationNo = ReadRegistrationNo(row, reasons);
        var projectName = TextCleaner.Clean(row[Col.ProjectName]);
        if (projectName.Length == 0)
        {
            reasons.Add("项目名称 is empty");
        }

        var typeOk = ContractTypeParser.TryParse(row[Col.ContractType], out var type, out var subtype, out var bucket);
        if (!typeOk)
        {
            reasons.Add(TextCleaner.Clean(row[Col.ContractType]).Length == 0
                ? "合同类型 is empty"
                : $"合同类型 '{TextCleaner.Clean(row[Col.ContractType])}' is not 技术开发/转让/许可/咨询/服务");
        }

        var amount = ReadAmount(row[Col.ContractAmount], "合同成交额", reasons);
        var techAmount = ReadAmount(row[Col.TechTradeAmount], "技术交易额", reasons);
        if (amount is not null && techAmount is not null && techAmount > amount)
        {
            reasons.Add($"技术交易额 {techAmount} 元 exceeds 合同成交额 {amount} 元");
        }

        var signedOn = DateField.Read(row[Col.SignedOn], "签订日期", required: false, reasons);
        var registeredOn = DateField.Read(row[Col.RegisteredOn], "登记日期", required: true, reasons);
        var seller = ReadParty(row, "卖方", Col.SellerName, Col.SellerUscc, Col.SellerRegion, reasons);
        var buyer = ReadParty(row, "买方", Col.BuyerName, Col.BuyerUscc, Col.BuyerRegion, reasons);
        if (reasons.Count > 0)
        {
            return null;
        }

        var techField = TextCleaner.Clean(row[Col.TechField]);
        return new TechContractRecord
        {
            RegistrationNo = registrationNo!,
            ProjectName = projectName,
            ContractType = type,
            ContractSubtype = subtype,
            ReportingBucket = bucket,
            ContractAmount = amount!.Value,
            TechTradeAmount = techAmount!.Value,
            SignedOn = signedOn,
            RegisteredOn = registeredOn!.Value,
            TechField = techField.Length == 0 ? null : techField,
            Seller = seller!,
            Buyer = buyer!,
            DocumentUrl = row.DocumentUrl,
            RowNumber = row.RowNumber,
        };
    }

    private static string? ReadRegistrationNo(RawRecord row, List<string> reasons)
    {
        var raw = row[Col.RegistrationNo];
        if (RegistrationNumber.TryNormalize(raw, out var canonical))
        {
            return canonical;
        }

        reasons.Add(TextCleaner.Clean(raw).Length == 0
            ? "登记编号 is empty"
            : $"登记编号 '{raw!.Trim()}' is not 14 or 16 digits");
        return null;
    }

    private static decimal? ReadAmount(string? raw, string label, List<string> reasons)
    {
        var parsed = AmountParser.ParseYuan(raw, AmountUnit.WanYuan);
        if (!parsed.IsSuccess)
        {
            reasons.Add($"{label}: {parsed.Error}");
            return null;
        }

        if (parsed.Yuan < 0)
        {
            reasons.Add($"{label} '{raw!.Trim()}' is negative");
            return null;
        }

        return parsed.Yuan;
    }

    private static TechContractParty? ReadParty(RawRecord row, string side, string nameColumn, string usccColumn, string regionColumn, List<string> reasons)
    {
        var before = reasons.Count;
        var rawName = row[nameColumn];
        var name = EnterpriseNameNormalizer.Clean(rawName);
        if (name.Length == 0)
        {
            reasons.Add($"{side}名称 is empty");
        }

        TextBounds.Check(name, TextBounds.Name, $"{side}名称", reasons);

        var uscc = UsccNormalizer.Normalize(row[usccColumn]);
        var (region, regionSource) = ReadRegion(row[regionColumn], uscc, side, reasons);
        if (reasons.Count > before)
        {
            return null;
        }

        return new TechContractParty
        {
            Name = name,
            NameKey = EnterpriseNameNormalizer.MatchKey(rawName),
            Uscc = uscc.IsValid ? uscc.Canonical : null,
            UsccPublished = uscc.Published,
            UsccQuality = uscc.QualityCode,
            RegionCode = region!,
            RegionSource = regionSource,
        };
    }

    private static (string? Code, string Source) ReadRegion(string? raw, UsccResult uscc, string side, List<string> reasons)
    {
        if (TextCleaner.Clean(raw).Length > 0)
        {
            if (RegionResolver.TryResolve(raw, out var code))
            {
                return (code, RegionSources.Published);
            }

            reasons.Add($"{side}所在地区 '{raw!.Trim()}' is not a known division");
            return (null, RegionSources.Published);
        }

        var fromUscc = uscc.IsValid ? RegionResolver.FromUscc(uscc.Canonical!) : null;
        if (fromUscc is null)
        {
            reasons.Add($"{side}所在地区 is missing and no valid USCC names a known division");
        }

        return (fromUscc, RegionSources.Uscc);
    }
}
