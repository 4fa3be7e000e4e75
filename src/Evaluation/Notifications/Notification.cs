namespace YuanlingTech.Evaluation.Notifications;

/// <summary>One event worth telling the bureau about.</summary>
/// <param name="Kind"><c>target_status_changed</c>, <c>source_failed</c> or <c>source_stale</c>.</param>
/// <param name="Title">One line, in the configured language.</param>
/// <param name="Lines">Details, one fact per line.</param>
/// <param name="Data">Machine-readable fields for the generic JSON format.</param>
public sealed record Notification(string Kind, string Title, IReadOnlyList<string> Lines, IReadOnlyDictionary<string, object?> Data);
