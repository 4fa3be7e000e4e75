using YuanlingTech.Normalization.Text;

namespace YuanlingTech.Normalization.Loans;

/// <summary>
/// The platform's loan statuses (正常/逾期/不良/结清/已代偿) and guarantee modes, as warehouse codes; the check constraints
/// of <c>warehouse.loan</c> and the data-quality checks are built from <see cref="Statuses"/> and <see cref="GuaranteeModes"/>.
/// </summary>
public static class LoanStatuses
{
    public const string Normal = "normal";
    public const string Overdue = "overdue";
    public const string NonPerforming = "npl";
    public const string Repaid = "repaid";
    public const string Compensated = "compensated";

    public const string Credit = "credit";
    public const string Guaranteed = "guaranteed";

    public static IReadOnlyList<string> Statuses { get; } = [Normal, Overdue, NonPerforming, Repaid, Compensated];

    public static IReadOnlyList<string> GuaranteeModes { get; } = [Credit, Guaranteed];

    private static readonly Dictionary<string, string> StatusByLabel = new(StringComparer.OrdinalIgnoreCase)
    {
        ["正常"] = Normal, ["normal"] = Normal,
        ["逾期"] = Overdue, ["overdue"] = Overdue,
        ["不良"] = NonPerforming, ["npl"] = NonPerforming,
        ["结清"] = Repaid, ["已结清"] = Repaid, ["repaid"] = Repaid,
        ["已代偿"] = Compensated, ["已补偿"] = Compensated, ["compensated"] = Compensated,
    };

    private static readonly Dictionary<string, string> ModeByLabel = new(StringComparer.OrdinalIgnoreCase)
    {
        ["信用"] = Credit, ["信用贷款"] = Credit, ["credit"] = Credit,
        ["担保"] = Guaranteed, ["信用担保"] = Guaranteed, ["信用担保贷款"] = Guaranteed, ["担保贷款"] = Guaranteed, ["guaranteed"] = Guaranteed,
    };

    public static string? StatusOf(string? label) => StatusByLabel.GetValueOrDefault(Key(label));

    public static string? GuaranteeModeOf(string? label) => ModeByLabel.GetValueOrDefault(Key(label));

    private static string Key(string? label) => TextCleaner.Clean(label).Replace(" ", string.Empty, StringComparison.Ordinal);
}
