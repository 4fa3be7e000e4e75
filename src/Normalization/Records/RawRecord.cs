namespace YuanlingTech.Normalization.Records;

/// <summary>
/// One row as an extractor found it: strings exactly as published, keyed by canonical column id
/// (see <see cref="RawColumns"/>), plus where it was found.
/// </summary>
public sealed record RawRecord(string DocumentUrl, int RowNumber, IReadOnlyDictionary<string, string?> Fields)
{
    public string? this[string column] => Fields.GetValueOrDefault(column);
}
