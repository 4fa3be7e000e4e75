
namespace YuanlingTech.PortalSimulator.Generation;

internal sealed class Article(ArticleKind kind, DateTime publishedAt, string title)
{
    public const string ColumnPath = "/kjt/xxgk/tzgg/";

    public ArticleKind Kind { get; } = kind;

    /// <summary>China Standard Time.</summary>
    public DateTime PublishedAt { get; } = publishedAt;

    public DateOnly PublishedOn => DateOnly.FromDateTime(PublishedAt);

    public string Title { get; } = title;

    /// <summary>Name of the list itself, used for the table caption and the attachment link text.</summary>
    public string ListName { get; init; } = "";

    public int Id { get; set; }

    /// <summary>Tech-SME lists: the batch year and 第N批 (0 for removals).</summary>
    public int BatchYear { get; init; }

    public int BatchNo { get; init; }

    public List<HnteRow> Rows { get; } = [];

    /// <summary>Logical rows of a tech-SME list (<see cref="IsTechSme"/>).</summary>
    public List<TechSmeRow> TechSmeRows { get; } = [];

    public PublishedTable? Table { get; set; }

    /// <summary>e.g. <c>P020240315581914886500.xlsx</c> when the list is an attachment.</summary>
    public string? AttachmentFileName { get; set; }

    public string? AttachmentLinkText { get; set; }

    public bool Gbk { get; set; }

    /// <summary>0: <c>yyyy-MM-dd HH:mm:ss</c>, 1: <c>yyyy-MM-dd</c>, 2: <c>yyyy年MM月dd日 HH:mm</c>.</summary>
    public int PubDateFormat { get; set; }

    public bool TrsEditor { get; set; }

    public bool LayoutChanged { get; set; }

    public IReadOnlyList<string> Paragraphs { get; set; } = [];

    public bool IsHnte => Kind is ArticleKind.Proposed or ArticleKind.Recognized or ArticleKind.Revoked;

    public bool IsTechSme => Kind is ArticleKind.TechSmeProposed or ArticleKind.TechSmeRegistered
        or ArticleKind.TechSmeCorrected or ArticleKind.TechSmeRemoved;

    public string Folder => $"{ColumnPath}{PublishedAt:yyyyMM}/";

    public string Path => $"{Folder}t{PublishedAt:yyyyMMdd}_{Id}.html";

    public string ListHref => $"./{PublishedAt:yyyyMM}/t{PublishedAt:yyyyMMdd}_{Id}.html";

    public string? AttachmentPath => AttachmentFileName is null ? null : Folder + AttachmentFileName;

    /// <summary>Where the table rows live: the attachment when there is one, else the article.</summary>
    public string DocumentPath => AttachmentPath ?? Path;
}
