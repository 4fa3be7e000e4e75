using YuanlingTech.Normalization.Regions;

namespace YuanlingTech.PortalSimulator.Sources.KvLoans;

/// <summary>Computes <see cref="KvLoansTruth"/> from the generated loans, independently of the connector's normalizer.</summary>
internal static class KvLoansTruthBuilder
{
    private static readonly Dictionary<string, string> StatusCodes = new(StringComparer.Ordinal)
    {
        ["正常"] = "normal", ["逾期"] = "overdue", ["不良"] = "npl", ["结清"] = "repaid", ["已代偿"] = "compensated",
    };

    public static KvLoansTruth Build(IReadOnlyList<LoanVersion> current, IReadOnlyList<List<LoanVersion>> months)
    {
        var good = current.Where(v => v.Loan.Fault is null).ToList();
        var loans = good.ToDictionary(
            v => v.Loan.LoanNo,
            v => new LoanTruth(
                StatusCodes[v.State.Status], v.State.StatusChangedOn, v.Loan.AmountYuan, v.Loan.DisbursedOn, v.Loan.Borrower.RegionCode,
                v.State.Claimed, v.State.Paid, v.State.At.ToUniversalTime()),
            StringComparer.Ordinal);
        var granted = good
            .SelectMany(v => Ancestry(v.Loan.Borrower.RegionCode).Select(code => (v.Loan.DisbursedOn.Year, Code: code, v.Loan.AmountYuan)))
            .GroupBy(x => (x.Year, x.Code))
            .Select(g => new GrantedAmountTruth(g.Key.Year, g.Key.Code, g.Count(), g.Sum(x => x.AmountYuan)))
            .OrderBy(g => g.Year).ThenBy(g => g.RegionCode, StringComparer.Ordinal)
            .ToList();
        var exportStates = months
            .SelectMany(m => m.Where(v => v.Loan.Fault is null).Select(v => (v.Loan.LoanNo, v.State.Status, v.State.StatusChangedOn)))
            .Distinct()
            .Count();
        return new KvLoansTruth
        {
            Loans = loans,
            Granted = granted,
            HistoryEntriesApi = loans.Count,
            HistoryEntriesExport = exportStates,
            ApiItemCount = current.Count,
            ApiOrder = current.Select(v => new LoanPositionTruth(v.State.At.ToUniversalTime(), v.Loan.PublishedLoanNo)).ToList(),
            ExportFileCount = months.Count,
            ExportRowCount = months.Sum(m => m.Count),
            Rejects = current.Where(v => v.Loan.Fault is not null).Select(v => new LoanRejectTruth(v.Loan.LoanNo, v.Loan.Fault!)).ToList(),
        };
    }

    private static IEnumerable<string> Ancestry(string code)
    {
        for (var division = HunanDivisions.Find(code); division is not null; division = division.ParentCode is { } parent ? HunanDivisions.Find(parent) : null)
        {
            yield return division.Code;
        }
    }
}
