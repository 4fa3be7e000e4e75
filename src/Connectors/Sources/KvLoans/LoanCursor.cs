using System.Text.Json;
using System.Text.Json.Serialization;

namespace YuanlingTech.Connectors.Sources.KvLoans;

/// <summary>
/// The last loan version committed, in the API's order (updatedAt, loanNo). The next request asks for
/// <c>updatedSince = UpdatedAt</c> (inclusive) and skips what is not after this position.
/// </summary>
public sealed record LoanCursor(
    [property: JsonPropertyName("updatedAt")] DateTimeOffset UpdatedAt,
    [property: JsonPropertyName("loanNo")] string LoanNo)
{
    public static LoanCursor? Parse(string? json) =>
        string.IsNullOrWhiteSpace(json) ? null : JsonSerializer.Deserialize<LoanCursor>(json);

    public string ToJson() => JsonSerializer.Serialize(this);

    /// <summary>True when a version at (<paramref name="updatedAt"/>, <paramref name="loanNo"/>) comes after this cursor.</summary>
    public bool IsBefore(DateTimeOffset updatedAt, string loanNo) =>
        updatedAt > UpdatedAt || (updatedAt == UpdatedAt && string.CompareOrdinal(loanNo, LoanNo) > 0);
}
