using YuanlingTech.Connectors.Documents.Tables;
using YuanlingTech.Normalization.Loans;

namespace YuanlingTech.Connectors.Sources.KvLoans;

/// <summary>The monthly export's Chinese headers, mapped onto <see cref="LoanFields"/>.</summary>
public static class LoanExportColumns
{
    public static ColumnMap Map { get; } = new(
    [
        new(LoanFields.LoanNo, ["贷款编号", "贷款号"], Required: true),
        new(LoanFields.EnterpriseName, ["企业名称", "借款企业"], Required: true),
        new(LoanFields.Uscc, ["统一社会信用代码", "信用代码"]),
        new(LoanFields.CountyCode, ["所属区县", "区县代码", "所属地区"]),
        new(LoanFields.Score, ["知识价值评分", "评分"]),
        new(LoanFields.Grade, ["评价等级", "等级"]),
        new(LoanFields.Bank, ["合作银行", "贷款银行"], Required: true),
        new(LoanFields.Branch, ["经办网点", "支行"]),
        new(LoanFields.GuaranteeMode, ["担保方式", "贷款方式"], Required: true),
        new(LoanFields.Guarantor, ["担保机构"]),
        new(LoanFields.ContractNo, ["合同编号"]),
        new(LoanFields.Amount, ["贷款金额", "放款金额"], Required: true),
        new(LoanFields.DisbursedOn, ["放款日期"], Required: true),
        new(LoanFields.MaturesOn, ["到期日期"], Required: true),
        new(LoanFields.Rate, ["年利率", "利率"]),
        new(LoanFields.Status, ["贷款状态", "状态"], Required: true),
        new(LoanFields.StatusChangedOn, ["状态日期", "状态变更日期"], Required: true),
        new(LoanFields.NplOn, ["不良日期"]),
        new(LoanFields.CompensationClaimed, ["申请补偿金额"]),
        new(LoanFields.CompensationPaid, ["已补偿金额"]),
        new(LoanFields.UpdatedAt, ["更新时间"], Required: true),
    ]);
}
