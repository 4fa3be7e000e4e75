using System.Globalization;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Storage.Loading;

/// <summary>A clean record the database refused on its own, as a reject: its fields as the raw values, the refusal as the reason.</summary>
internal static class RefusedRowReject
{
    public static RejectedRecord Of(ISourceRow record, Exception refusal)
    {
        var values = record.GetType().GetProperties()
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name is not (nameof(ISourceRow.DocumentUrl) or nameof(ISourceRow.RowNumber)))
            .ToDictionary(p => p.Name, p => Format(p.GetValue(record)), StringComparer.Ordinal);
        return new RejectedRecord(record.DocumentUrl, record.RowNumber, values, [RowDataErrors.ReasonOf(refusal)]);
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
