using YuanlingTech.Normalization.Regions;

namespace YuanlingTech.PortalSimulator;

/// <summary>What to generate and how to serve it; the same options always give the same province.</summary>
public sealed record SimulatorOptions
{
    /// <summary>Seed of every random choice.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>1 = province-sized (~2,000 firms per HNTE batch); tests use small scales.</summary>
    public double Scale { get; init; } = 0.01;

    /// <summary>
    /// The county of interest (a county-level code of <see cref="HunanDivisions.All"/>): generated at its real size from its
    /// own seeded streams whatever <see cref="Scale"/>, which resizes only the rest of the province.
    /// </summary>
    public string CountyCode { get; init; } = HunanDivisions.Yuanling;

    /// <summary>Port on 127.0.0.1; 0 picks any free port.</summary>
    public int Port { get; init; }

    /// <summary>
    /// <c>divfirst</c> (1-based, <c>index_2.html</c> is page 2), <c>classic</c> (0-based, <c>index_1.html</c> is page 2), <c>nextlink</c>
    /// (no script, only 下一页/尾页 links to <c>index_N.html</c>) or <c>pagequery</c> (<c>index.html?page=N</c>, 下一页/末页 links and a
    /// 共 N 条记录，共 M 页，当前第 x 页 counter).
    /// </summary>
    public string PaginationStyle { get; init; } = "divfirst";

    /// <summary>
    /// The CMS family the pages are rendered in (<see cref="Site.MarkupProfiles"/>): <c>default</c>, <c>table-rows</c> (table-row list
    /// items, 下一页/尾页 links only) or <c>trs</c> (TRS WCM lists, Word-pasted articles, stacked xlsx headers, another market counter).
    /// A profile other than <c>default</c> fixes its own list pagination; the ground truth is the same under every profile.
    /// </summary>
    public string MarkupProfile { get; init; } = Site.MarkupProfiles.Default;

    /// <summary>When set, list pages from this one (1-based) on answer 404 while the pagination still names every page.</summary>
    public int? ListPagesMissingFrom { get; init; }

    /// <summary>Items per list page.</summary>
    public int PageSize { get; init; } = 20;

    /// <summary>Nothing is published after this day.</summary>
    public DateOnly AsOf { get; init; } = new(2026, 11, 1);

    /// <summary>Rename the header of the first recognized list so a connector must report a layout change.</summary>
    public bool InjectLayoutChange { get; init; }

    /// <summary>When set, the ground truth is also written to this JSON file.</summary>
    public string? GroundTruthPath { get; init; }

    /// <summary>When set, the bureau's manual files (source <c>manual</c>) are dropped into this folder.</summary>
    public string? ManualInboxPath { get; init; }

    /// <summary>kv-loans: the loans API answers HTTP 500 for this page of the unfiltered listing (no updatedSince), every time.</summary>
    public int? KvLoanFailPage { get; init; }

    /// <summary>When set (yyyy-MM), every technology-market result page of that registration month states one row more than it lists.</summary>
    public string? MarketCounterMismatchMonth { get; init; }

    /// <summary>The fault plan: which requests get which misbehaviour (see <see cref="Faults.FaultKind"/>); empty = a healthy portal.</summary>
    public IReadOnlyList<Faults.FaultRule> Faults { get; init; } = [];

    /// <summary>Bench only: this percentage of notices-column table rows is republished with a corrected region (see <see cref="Mutation.CorrectionPublisher"/>).</summary>
    public double MutatePercent { get; init; }

    /// <summary>Bench only: render every fixed resource while publishing, so the first requests do not pay for rendering.</summary>
    public bool PreRender { get; init; }

    internal void Validate()
    {
        if (Scale <= 0 || Scale > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(Scale), Scale, "Scale must be in (0, 10].");
        }

        if (HunanDivisions.Find(CountyCode) is not { Level: DivisionLevel.County })
        {
            throw new ArgumentException($"CountyCode must be a county-level division, not '{CountyCode}'.", nameof(CountyCode));
        }

        if (MutatePercent is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(MutatePercent), MutatePercent, "MutatePercent must be 0-100.");
        }

        if (PageSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(PageSize), PageSize, "PageSize must be at least 1.");
        }

        if (PaginationStyle is not ("divfirst" or "classic" or "nextlink" or "pagequery"))
        {
            throw new ArgumentException(
                $"PaginationStyle must be 'divfirst', 'classic', 'nextlink' or 'pagequery', not '{PaginationStyle}'.", nameof(PaginationStyle));
        }

        if (!Site.MarkupProfiles.All.Contains(MarkupProfile))
        {
            throw new ArgumentException(
                $"MarkupProfile must be one of {string.Join(", ", Site.MarkupProfiles.All)}, not '{MarkupProfile}'.", nameof(MarkupProfile));
        }

        if (AsOf.Year < 2019)
        {
            throw new ArgumentOutOfRangeException(nameof(AsOf), AsOf, "AsOf must be in 2019 or later.");
        }

        if (Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(Port), Port, "Port must be 0-65535.");
        }
    }
}
