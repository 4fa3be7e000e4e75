using System.ComponentModel.DataAnnotations;

namespace YuanlingTech.Connectors.Documents.Xlsx;

/// <summary>
/// What one xlsx file may hold before it is refused unread further. Every bound counts what was actually read, never
/// what the file declares (zip sizes, <c>dimension</c>, row and cell references), so no file can make the reader
/// allocate more than these allow. Bound from <c>Sources:&lt;id&gt;:Xlsx</c>.
/// </summary>
public sealed class XlsxLimits
{
    /// <summary>
    /// The defaults. The largest real lists: a tech-SME batch, ~17,000 rows × 6 columns at the simulator's scale 1, up to
    /// ~100,000 rows in the province (~40 MB of sheet XML); the defaults allow 5× those rows and 3× that XML.
    /// </summary>
    public static XlsxLimits Default { get; } = new();

    /// <summary>
    /// Most bytes read out of one zip entry (a sheet, the shared strings, the styles), after decompression; also the most
    /// characters the sheet's cells may hold together (a shared string counts once per cell that names it).
    /// </summary>
    [Range(4096, 1L << 31)]
    public long MaxPartBytes { get; set; } = 128L * 1024 * 1024;

    /// <summary>Most rows of the sheet, counting rows skipped between row numbers.</summary>
    [Range(1, 1_048_576)]
    public int MaxRows { get; set; } = 500_000;

    /// <summary>Most columns (the widest row, counting columns skipped between cell references).</summary>
    [Range(1, 16_384)]
    public int MaxColumns { get; set; } = 256;

    /// <summary>Most cells of the sheet as returned: rows × the widest row; also bounds the shared strings.</summary>
    [Range(1, 100_000_000)]
    public long MaxCells { get; set; } = 5_000_000;

    /// <summary>
    /// Most merged ranges (<c>mergeCell</c>) a sheet may list. Lists merge a title, a few header cells and, at most, a
    /// region or batch column per group of rows; the cells the ranges fill count against <see cref="MaxCells"/>.
    /// </summary>
    [Range(1, 10_000_000)]
    public int MaxMergedRanges { get; set; } = 100_000;

    /// <summary>Data-annotation failures of <paramref name="limits"/>, each named <c>Xlsx:&lt;Key&gt;</c>, for the options that carry it.</summary>
    public static IEnumerable<ValidationResult> Validate(XlsxLimits? limits)
    {
        if (limits is null)
        {
            return [new ValidationResult("the Xlsx section is empty", ["Xlsx"])];
        }

        var results = new List<ValidationResult>();
        Validator.TryValidateObject(limits, new ValidationContext(limits), results, validateAllProperties: true);
        return results.Select(r => new ValidationResult(r.ErrorMessage, [.. r.MemberNames.Select(m => "Xlsx:" + m)]));
    }
}
