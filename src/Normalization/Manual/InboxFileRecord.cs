using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Normalization.Manual;

/// <summary>
/// One inbox file as the loader takes it: what happened to it (<c>ingest.inbox_file</c>) and, when it
/// loads, its records of its one template, written in the same transaction as the file's ledger row.
/// </summary>
public sealed record InboxFileRecord : IRecordGroup
{
    public required string FileName { get; init; }

    /// <summary>SHA-256 of the file's bytes, lower-case hex.</summary>
    public required string ContentHash { get; init; }

    /// <summary>one of <see cref="ManualTemplateNames.All"/>, or null when the header matched no template.</summary>
    public string? Template { get; init; }

    /// <summary><c>loaded</c>, <c>rejected</c> or <c>duplicate</c>.</summary>
    public required string Status { get; init; }

    public required int RowCount { get; init; }

    /// <summary>Every problem, one per line (the sidecar's content); null when there was none.</summary>
    public string? Errors { get; init; }

    /// <summary>Where the file ended: <c>file:///…/archive/&lt;name&gt;</c> or <c>…/rejected/&lt;name&gt;</c>.</summary>
    public required string DocumentUrl { get; init; }

    public IReadOnlyList<RdSpendingRecord> RdSpending { get; init; } = [];

    public IReadOnlyList<PlatformRecord> Platforms { get; init; } = [];

    public IReadOnlyList<TargetImportRecord> Targets { get; init; } = [];

    public IReadOnlyList<RegionalGdpRecord> RegionalGdp { get; init; } = [];

    public IReadOnlyList<ChallengeProjectRecord> ChallengeProjects { get; init; } = [];
}
