using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Normalization.Tests.Manual;

internal static class ManualRows
{
    public const string Url = "file:///inbox/archive/研发经费支出-2024.xlsx";
    public const string ValidUscc = "91431222MA4L41Y04R";
    public const string OtherUscc = "91431222MA4612DDX0";

    public static RawRecord Row(int rowNumber, params (string Column, string? Value)[] cells) =>
        new(Url, rowNumber, cells.ToDictionary(c => c.Column, c => c.Value, StringComparer.Ordinal));
}
