namespace YuanlingTech.Normalization.Records;

/// <summary>A source row that could not be normalized, with every reason and its raw values.</summary>
public sealed record RejectedRecord(
    string DocumentUrl,
    int RowNumber,
    IReadOnlyDictionary<string, string?> RawValues,
    IReadOnlyList<string> Reasons);
