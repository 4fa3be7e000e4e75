using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.Documents.Tables;

/// <summary>
/// Outcome of mapping one table: the records when a header row with every required column was found,
/// otherwise what was missing and the headers of the closest candidate row.
/// </summary>
public sealed record TableMapResult(
    IReadOnlyList<RawRecord>? Records,
    IReadOnlyList<string> MissingColumns,
    IReadOnlyList<string> HeadersFound)
{
    public bool Success => Records is not null;

    public string Describe() =>
        $"missing required column(s) {string.Join(", ", MissingColumns)}; headers found: "
        + (HeadersFound.Count == 0 ? "(none)" : string.Join(" | ", HeadersFound));
}
