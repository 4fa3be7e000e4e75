using System.Globalization;
using MiniExcelLibs;

namespace YuanlingTech.PortalSimulator.Sources.KvLoans;

/// <summary>One month's export: a header row with Chinese names, then one row per loan that changed that month.</summary>
internal static class LoanExportWriter
{
    public static readonly string[] Headers =
    [
        "贷款编号", "企业名称", "统一社会信用代码", "所属区县", "知识价值评分", "评价等级", "合作银行", "经办网点", "担保方式", "担保机构",
        "合同编号", "贷款金额(元)", "放款日期", "到期日期", "年利率", "贷款状态", "状态日期", "不良日期", "申请补偿金额(元)", "已补偿金额(元)", "更新时间",
    ];

    public static byte[] Write(IEnumerable<LoanVersion> versions)
    {
        var rows = new List<Dictionary<string, object?>> { Row([.. Headers]) };
        rows.AddRange(versions.Select(v => Row(Cells(v))));
        using var stream = new MemoryStream();
        stream.SaveAs(rows, printHeader: false, sheetName: "贷款明细", excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static object?[] Cells(LoanVersion version)
    {
        var (loan, state) = (version.Loan, version.State);
        return
        [
            loan.PublishedLoanNo.Length == 0 ? null : loan.PublishedLoanNo, loan.Borrower.Name, LoanValues.Uscc(loan), LoanValues.County(loan),
            loan.Score, loan.Grade, loan.Bank, loan.Branch, LoanValues.Guarantee(loan), loan.Guarantor, loan.ContractNo,
            LoanValues.Amount(loan), loan.DisbursedOn.ToString("yyyy/M/d", CultureInfo.InvariantCulture), LoanValues.Date(loan.MaturesOn),
            (loan.Rate * 100m).ToString("0.00##", CultureInfo.InvariantCulture) + "%", state.Status, LoanValues.Date(state.StatusChangedOn),
            LoanValues.Date(state.NplOn), state.Claimed, state.Paid, LoanValues.LocalTime(state.At),
        ];
    }

    private static Dictionary<string, object?> Row(object?[] cells)
    {
        var row = new Dictionary<string, object?>(cells.Length, StringComparer.Ordinal);
        for (var i = 0; i < cells.Length; i++)
        {
            row[$"C{i}"] = cells[i];
        }

        return row;
    }
}
