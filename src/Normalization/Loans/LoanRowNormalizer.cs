using YuanlingTech.Normalization.Names;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Normalization.Text;
using YuanlingTech.Normalization.Uscc;

namespace YuanlingTech.Normalization.Loans;

/// <summary>One raw loan to one record; every problem with the row is reported, not just the first.</summary>
internal static class LoanRowNormalizer
{
    /// <summary>Art. 3 of the Hunan 2025 measures: a term of at most three years, inclusive.</summary>
    public const int MaxTermYears = 3;

    public static (LoanRecord? Record, IReadOnlyList<string> Reasons) Normalize(RawRecord row)
    {
        var reasons = new List<string>();
        var loanNo = TextCleaner.Clean(row[LoanFields.LoanNo]).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (loanNo.Length == 0)
        {
            reasons.Add("loan number (贷款编号) is missing");
        }

        TextBounds.Check(loanNo, TextBounds.Code, "loan number (贷款编号)", reasons);

        var rawName = row[LoanFields.EnterpriseName];
        var name = EnterpriseNameNormalizer.Clean(rawName);
        if (name.Length == 0)
        {
            reasons.Add("enterprise name (企业名称) is empty");
        }

        TextBounds.Check(name, TextBounds.Name, "enterprise name (企业名称)", reasons);

        var uscc = UsccNormalizer.Normalize(row[LoanFields.Uscc]);
        var (region, regionSource) = LoanValueReader.Region(row[LoanFields.CountyCode], uscc, reasons);
        var bank = TextCleaner.Clean(row[LoanFields.Bank]);
        if (bank.Length == 0)
        {
            reasons.Add("bank (合作银行) is empty");
        }

        var mode = LoanStatuses.GuaranteeModeOf(row[LoanFields.GuaranteeMode]);
        if (mode is null)
        {
            reasons.Add($"guarantee mode (担保方式) '{TextCleaner.Clean(row[LoanFields.GuaranteeMode])}' is not 信用 or 担保");
        }

        var amount = LoanValueReader.Amount(row[LoanFields.Amount], "amount (贷款金额)", required: true, reasons);
        var disbursed = LoanValueReader.Date(row[LoanFields.DisbursedOn], "disbursement date (放款日期)", required: true, reasons);
        var matures = LoanValueReader.Date(row[LoanFields.MaturesOn], "maturity date (到期日期)", required: true, reasons);
        if (disbursed is { } from && matures is { } to)
        {
            if (to <= from)
            {
                reasons.Add($"maturity {to:yyyy-MM-dd} is not after disbursement {from:yyyy-MM-dd}");
            }
            else if (from.Year <= DateOnly.MaxValue.Year - MaxTermYears && to > from.AddYears(MaxTermYears))
            {
                reasons.Add($"maturity {to:yyyy-MM-dd} is more than {MaxTermYears} years after disbursement {from:yyyy-MM-dd}");
            }
        }

        var status = LoanStatuses.StatusOf(row[LoanFields.Status]);
        if (status is null)
        {
            reasons.Add($"status (贷款状态) '{TextCleaner.Clean(row[LoanFields.Status])}' is not one of 正常/逾期/不良/结清/已代偿");
        }

        var changedOn = LoanValueReader.Date(row[LoanFields.StatusChangedOn], "status date (状态日期)", required: true, reasons);
        var nplOn = LoanValueReader.Date(row[LoanFields.NplOn], "NPL date (不良日期)", required: false, reasons);
        var claimed = LoanValueReader.Amount(row[LoanFields.CompensationClaimed], "compensation claimed (申请补偿金额)", required: false, reasons);
        var paid = LoanValueReader.Amount(row[LoanFields.CompensationPaid], "compensation paid (已补偿金额)", required: false, reasons);
        var score = LoanValueReader.Number(row[LoanFields.Score], "score (知识价值评分)", percent: false, reasons);
        var rate = LoanValueReader.Number(row[LoanFields.Rate], "rate (利率)", percent: true, reasons);
        var updatedAt = LoanValueReader.Timestamp(row[LoanFields.UpdatedAt], reasons);
        if (reasons.Count > 0)
        {
            return (null, reasons);
        }

        var record = new LoanRecord
        {
            LoanNo = loanNo,
            EnterpriseName = name,
            NameKey = EnterpriseNameNormalizer.MatchKey(rawName),
            Uscc = uscc.IsValid ? uscc.Canonical : null,
            UsccPublished = uscc.Published,
            UsccQuality = uscc.QualityCode,
            RegionCode = region!,
            RegionSource = regionSource,
            Score = score,
            Grade = LoanValueReader.Optional(row[LoanFields.Grade]),
            Bank = bank,
            Branch = LoanValueReader.Optional(row[LoanFields.Branch]),
            GuaranteeMode = mode!,
            Guarantor = LoanValueReader.Optional(row[LoanFields.Guarantor]),
            ContractNo = LoanValueReader.Optional(row[LoanFields.ContractNo]),
            AmountYuan = amount!.Value,
            DisbursedOn = disbursed!.Value,
            MaturesOn = matures!.Value,
            Rate = rate,
            Status = status!,
            StatusChangedOn = changedOn!.Value,
            NplOn = nplOn,
            CompensationClaimedYuan = claimed,
            CompensationPaidYuan = paid,
            UpdatedAt = updatedAt!.Value,
            DocumentUrl = row.DocumentUrl,
            RowNumber = row.RowNumber,
        };
        return (record, []);
    }
}
