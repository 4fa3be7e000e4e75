using System.Security.Cryptography;
using System.Text;

namespace YuanlingTech.PortalSimulator.Sources.HnteNational;

/// <summary>One item of the national per-province list; filing and rename announcements carry a PDF list.</summary>
internal sealed class NationalAnnouncement(DateTime publishedAt, string title)
{
    public const string ListFolder = "/gqrdw/hunan/";
    public const string DetailFolder = "/gqrdw/c101523/";

    /// <summary>China Standard Time.</summary>
    public DateTime PublishedAt { get; } = publishedAt;

    public DateOnly PublishedOn => DateOnly.FromDateTime(PublishedAt);

    public string Title { get; } = title;

    /// <summary>Null for 公示 items (no PDF).</summary>
    public string? PdfTitle { get; init; }

    public IReadOnlyList<string> Headers { get; init; } = [];

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; init; } = [];

    public bool RepeatHeader { get; init; } = true;

    public bool HasPdf => PdfTitle is not null;

    public string Path => $"{DetailFolder}{PublishedAt:yyyyMM}/{Hex(Title)}.shtml";

    public string PdfHref => $"./{Hex(Title + "#dir")}/files/{Hex(Title + "#pdf")}.pdf";

    public string PdfPath => $"{DetailFolder}{PublishedAt:yyyyMM}/{PdfHref[2..]}";

    private static string Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
}
