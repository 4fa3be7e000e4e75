using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Normalization.Manual;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.Sources.Manual;

/// <summary>
/// The bureau's inbox: every settled .xlsx/.csv file is loaded whole (one transaction) and moved to
/// <c>archive/</c>, or rejected whole and moved to <c>rejected/</c> with a sidecar listing every problem.
/// A file whose content was loaded before is archived as a duplicate and writes nothing.
/// </summary>
public sealed class ManualConnector(IOptions<ManualOptions> options, ILogger<ManualConnector> logger) : ISourceConnector
{
    public const string Id = "manual";

    public string SourceId => Id;

    public async Task RunAsync(ISyncSession session, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var inbox = new InboxFolder(settings.InboxFolder!);
        var candidates = inbox.ListCandidates();
        var minAge = TimeSpan.FromSeconds(settings.MinFileAgeSeconds);
        var (loaded, rejected, duplicates, waiting) = (0, 0, 0, 0);
        foreach (var file in candidates)
        {
            var bytes = file.Length > settings.MaxFileBytes
                ? []
                : await InboxFolder.TryReadSettledAsync(file, minAge, DateTime.UtcNow, cancellationToken);
            if (bytes is null)
            {
                logger.LogInformation("{SourceId}: {FileName} is still being written; left for the next run", Id, file.Name);
                waiting++;
                continue;
            }

            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            var hashUrl = new Uri("urn:sha256:" + hash);
            var now = DateTime.UtcNow;
            var archivePath = InboxFolder.FreePath(inbox.Archive, file.Name, now);
            if (await session.FindCachedAsync(hashUrl, cancellationToken) is not null)
            {
                session.Counters.DocumentUnchanged();
                var duplicate = new InboxFileRecord
                {
                    FileName = file.Name,
                    ContentHash = hash,
                    Status = InboxFileStatus.Duplicate,
                    RowCount = 0,
                    DocumentUrl = InboxFolder.FileUrl(archivePath),
                };
                await session.LoadAsync<InboxFileRecord>(hashUrl, [duplicate], [], cancellationToken);
                await session.FlushAsync(cancellationToken);
                File.Move(file.FullName, archivePath);
                logger.LogInformation("{SourceId}: {FileName} was loaded before (same content); archived, nothing written", Id, file.Name);
                duplicates++;
                continue;
            }

            session.Counters.DocumentFetched();
            var rejectedPath = InboxFolder.FreePath(inbox.Rejected, file.Name, now);
            var outcome = file.Length > settings.MaxFileBytes
                ? Oversized(file, hash, rejectedPath, settings.MaxFileBytes)
                : session.Counters.Time(SyncStage.Parse, () => ManualFileProcessor.Process(file.Name, bytes, hash, InboxFolder.FileUrl(archivePath), InboxFolder.FileUrl(rejectedPath)));
            session.Counters.DocumentParsed(outcome.File.RowCount);
            await session.LoadAsync<InboxFileRecord>(hashUrl, [outcome.File], outcome.Rejects, cancellationToken);
            if (!outcome.Loaded)
            {
                // A file is loaded whole or not at all: its good rows are held back with the bad ones, so they count as rejected.
                session.Counters.RecordsLoaded(0, 0, 0, outcome.File.RowCount - outcome.Rejects.Count);
            }

            if (outcome.Loaded)
            {
                await session.CommitDocumentAsync(
                    new FetchedDocument { Url = hashUrl, StatusCode = 200, Body = bytes, ContentType = outcome.File.Template }, cancellationToken);
            }

            // A file leaves the inbox only once its rows (or its ledger row) are committed.
            await session.FlushAsync(cancellationToken);
            if (outcome.Loaded)
            {
                File.Move(file.FullName, archivePath);
                loaded++;
            }
            else
            {
                await File.WriteAllTextAsync(rejectedPath + InboxFolder.SidecarSuffix, outcome.Sidecar, cancellationToken);
                File.Move(file.FullName, rejectedPath);
                logger.LogWarning("{SourceId}: {FileName} rejected ({ErrorCount} problem(s)); see {Sidecar}",
                    Id, file.Name, outcome.Rejects.Count, rejectedPath + InboxFolder.SidecarSuffix);
                rejected++;
            }
        }

        session.ReportProgress($"inbox {inbox.Root}: {loaded} loaded, {rejected} rejected, {duplicates} duplicate(s), {waiting} still being written");
    }

    private static ManualFileOutcome Oversized(FileInfo file, string hash, string rejectedPath, long maxBytes) =>
        new(new InboxFileRecord
        {
            FileName = file.Name,
            ContentHash = hash,
            Status = InboxFileStatus.Rejected,
            RowCount = 0,
            Errors = $"the file has {file.Length} bytes, more than Sources:manual:MaxFileBytes ({maxBytes})",
            DocumentUrl = InboxFolder.FileUrl(rejectedPath),
        }, Array.Empty<RejectedRecord>());
}
