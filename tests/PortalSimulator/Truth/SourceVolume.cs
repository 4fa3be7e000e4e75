namespace YuanlingTech.PortalSimulator;

/// <summary>
/// What one source publishes as of the clock: fact records a full sync reads (published rows, duplicates and
/// rejects included) and the documents they come from (articles, attachments, PDFs, result or API pages, files).
/// </summary>
public sealed record SourceVolume(string SourceId, int Records, int Documents);
