using System.Globalization;

namespace YuanlingTech.Normalization.Text;

/// <summary>
/// The longest values of the warehouse's indexed text columns, in UTF-16 characters. A btree entry holds at most 2,704
/// bytes and a UTF-16 character takes at most 3 UTF-8 bytes, so every bound (and a key built from it) stays far below; the
/// normalizers reject a longer value with a reason instead of letting the index fail the whole batch (54000).
/// </summary>
public static class TextBounds
{
    /// <summary>Enterprise, platform and project names and their match keys (<c>name_key</c>, <c>enterprise_name.name</c>, natural keys).</summary>
    public const int Name = 300;

    /// <summary>Published identifiers: certificate, loan, registration and contract numbers.</summary>
    public const int Code = 64;

    /// <summary>Keys built from a match key and codes (natural keys, <c>name:{key}@{region}</c>): bounded by construction.</summary>
    public const int Key = Name + Code;

    /// <summary>
    /// Document URLs (<c>ingest.raw_document.url</c>, <c>ingest.rejected_record.document_url</c>): the fetcher refuses a
    /// longer link before any request. An absolute URI is ASCII (percent-encoded), so this many characters are as many bytes.
    /// </summary>
    public const int Url = 2000;

    /// <summary>The largest btree entry PostgreSQL stores (a third of an 8 kB page, minus overhead), in bytes.</summary>
    public const int BtreeEntryBytes = 2704;

    /// <summary>The most UTF-8 bytes one UTF-16 character takes (a surrogate pair is 4 bytes for 2 characters).</summary>
    public const int Utf8BytesPerChar = 3;

    /// <summary>Adds a reason when <paramref name="value"/> is longer than <paramref name="bound"/>; true when it fits.</summary>
    public static bool Check(string? value, int bound, string label, List<string> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        if (value is null || value.Length <= bound)
        {
            return true;
        }

        reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{label} is {value.Length} characters long; at most {bound} are stored"));
        return false;
    }

    /// <summary>The first characters of a long raw value, for a reason that quotes it.</summary>
    public static string Excerpt(string? value) =>
        value is null || value.Length <= Code ? value ?? string.Empty : string.Concat(value.AsSpan(0, Code), "…");
}
