using System.Globalization;
using YuanlingTech.Normalization.Regions;

namespace YuanlingTech.PortalSimulator.Sources.KvLoans;

/// <summary>The published values of one loan version, dirt included, for the API and the export alike.</summary>
internal static class LoanValues
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string? Uscc(SimLoan loan) =>
        loan.Dirt.NoUscc ? null : loan.Dirt.LowercaseUscc ? loan.Borrower.Uscc.ToLowerInvariant() : loan.Borrower.Uscc;

    public static string County(SimLoan loan) =>
        loan.Dirt.CountyAsName ? HunanDivisions.Find(loan.Borrower.RegionCode)!.Name : loan.Borrower.RegionCode;

    /// <summary>A JSON number (decimal) or a string, as the amount style says.</summary>
    public static object Amount(SimLoan loan) => Money(loan.AmountYuan, loan.Dirt.AmountStyle);

    public static object Money(decimal yuan, int style) => style switch
    {
        0 => yuan,
        1 => yuan.ToString("0.00", Invariant),
        2 => (yuan / 10_000m).ToString("0.####", Invariant) + "万元",
        3 => FullWidth((yuan / 10_000m).ToString("0.####", Invariant)) + "万元",
        _ => yuan.ToString("#,##0.##", Invariant),
    };

    public static string Guarantee(SimLoan loan) => loan.Guaranteed ? "担保" : "信用";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", Invariant);

    public static string IsoTime(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", Invariant);

    public static string LocalTime(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm:ss", Invariant);

    private static string FullWidth(string text) =>
        new(text.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c).ToArray());
}
