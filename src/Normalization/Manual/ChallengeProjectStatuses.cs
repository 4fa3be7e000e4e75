using YuanlingTech.Normalization.Text;

namespace YuanlingTech.Normalization.Manual;

/// <summary>
/// The states of a 揭榜挂帅 project as the county lists them, and the codes stored in
/// <c>warehouse.challenge_project.status</c>. The table's check constraint and the data-quality check are built from
/// <see cref="Codes"/>, so the three never disagree.
/// </summary>
public static class ChallengeProjectStatuses
{
    public const string Open = "open";
    public const string Taken = "taken";
    public const string Accepted = "accepted";
    public const string Withdrawn = "withdrawn";

    /// <summary>Each published label with its code, in the order a project goes through them.</summary>
    public static IReadOnlyList<(string Label, string Code)> Labels { get; } =
    [
        ("发榜中", Open),
        ("已揭榜", Taken),
        ("已验收", Accepted),
        ("已撤销", Withdrawn),
    ];

    public static IReadOnlyList<string> Codes { get; } = [.. Labels.Select(l => l.Code).Distinct()];

    /// <summary>The code of a published label (spaces ignored), or null when it is none of <see cref="Labels"/>.</summary>
    public static string? CodeOf(string? label)
    {
        var key = TextCleaner.Clean(label).Replace(" ", string.Empty, StringComparison.Ordinal);
        return Labels.FirstOrDefault(l => string.Equals(l.Label, key, StringComparison.Ordinal)).Code;
    }
}
