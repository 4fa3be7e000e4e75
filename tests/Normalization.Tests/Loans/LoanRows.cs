using YuanlingTech.Normalization.Loans;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Normalization.Tests.Loans;

internal static class LoanRows
{
    public const string Url = "http://127.0.0.1/kvloan/api/loans?page=1&size=50";
    public const string Uscc = "91431222MA4L0XXX0X";

    /// <summary>A good API item; pass (field, value) pairs to change it (null removes the value).</summary>
    public static RawRecord Row(params (string Field, string? Value)[] changes)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [LoanFields.LoanNo] = "KV2025000123",
            [LoanFields.EnterpriseName] = "沅陵县辰州科技有限公司",
            [LoanFields.Uscc] = null,
            [LoanFields.CountyCode] = "431222",
            [LoanFields.Score] = "86.5",
            [LoanFields.Grade] = "B",
            [LoanFields.Bank] = "中国农业银行",
            [LoanFields.Branch] = "沅陵县支行",
            [LoanFields.GuaranteeMode] = "信用",
            [LoanFields.Guarantor] = null,
            [LoanFields.ContractNo] = "HT2025-123456",
            [LoanFields.Amount] = "500000",
            [LoanFields.DisbursedOn] = "2025-03-05",
            [LoanFields.MaturesOn] = "2027-03-05",
            [LoanFields.Rate] = "0.0385",
            [LoanFields.Status] = "正常",
            [LoanFields.StatusChangedOn] = "2025-03-05",
            [LoanFields.NplOn] = null,
            [LoanFields.CompensationClaimed] = null,
            [LoanFields.CompensationPaid] = null,
            [LoanFields.UpdatedAt] = "2025-03-05T10:15:00+08:00",
        };
        foreach (var (field, value) in changes)
        {
            fields[field] = value;
        }

        return new RawRecord(Url, 1, fields);
    }
}
