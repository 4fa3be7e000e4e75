using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Normalization.Manual;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.Sources.Manual;

/// <summary>
/// The bureau's inbox: every completely written .xlsx/.csv file (<see cref="InboxGate"/>) is loaded whole (one
/// transaction) and moved to <c>archive/</c>, or rejected whole and moved to <c>rejected/</c> with a sidecar listing
/// every problem. A file whose content was loaded before is archived as a duplicate and writes nothing. A link is
/// refused unopened; a file that changed while it was read stays in the inbox for the next run.
/// </summary>
public sealed class ManualConnector(IOptions<ManualOptions> options, ILogger<ManualConnector> logger) : ISourceConnector, IRegisteredSource
{
    public const string Id = Normalization.Sources.SourceRegistry.Manual;

    public static void Register(SourceRegistrar registrar)
    {
        ArgumentNullException.ThrowIfNull(registrar);
        registrar.AddSource<ManualConnector, ManualOptions>();
    }

    // Nothing of a refused link or an oversized file is read: its ledger row carries the hash of no bytes.
    private static readonly string NothingReadHash = Convert.ToHexStringLower(SHA256.HashData([]));

    public string SourceId => Id;

    public async Task RunAsync(ISyncSession session, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var inbox = new InboxFolder(settings.InboxFolder!);
        var candidates = inbox.ListCandidates();
        var gate = new InboxGate(settings.ReadyWhen, TimeSpan.FromSeconds(settings.MinFileAgeSeconds), candidates);
        var tally = new InboxTally();
        foreach (var file in candidates)
        {
            if (gate.FirstLook(file) is not { } first)
            {
                continue;
            }

            if (InboxFolder.LinkProblem(first) is { } linkProblem)
            {
                await RefuseUnreadAsync(session, inbox, file, linkProblem, tally, cancellationToken);
                continue;
            }

            if (first.Size > settings.MaxFileBytes)
            {
                await RefuseUnreadAsync(session, inbox, file,
                    $"the file has {first.Size} bytes, more than Sources:manual:MaxFileBytes ({settings.MaxFileBytes})", tally, cancellationToken);
                continue;
            }

            var read = await gate.WhenReadyAsync(file, cancellationToken) is { } ready
                ? await InboxFolder.ReadAsync(file.FullName, ready, cancellationToken)
                : null;
            if (read is null)
            {
                logger.InboxFileStillWritten(Id, file.Name);
                tally.Waiting++;
                continue;
            }

            await LoadAsync(session, inbox, file, read, settings, tally, cancellationToken);
        }

        session.ReportProgress(
            $"inbox {inbox.Root}: {tally.Loaded} loaded, {tally.Rejected} rejected, {tally.Duplicates} duplicate(s), {tally.Waiting} still being written or changed");
    }

    private async Task LoadAsync(
        ISyncSession session, InboxFolder inbox, FileInfo file, InboxFileRead read, ManualOptions settings, InboxTally tally, CancellationToken cancellationToken)
    {
        var hashUrl = new Uri("urn:sha256:" + read.Hash);
        var now = DateTime.UtcNow;
        var archivePath = InboxFolder.FreePath(inbox.Archive, file.Name, now);
        if (await session.FindCachedAsync(hashUrl, cancellationToken) is not null)
        {
            session.Counters.DocumentUnchanged();
            var duplicate = new InboxFileRecord
            {
                FileName = file.Name,
                ContentHash = read.Hash,
                Status = InboxFileStatus.Duplicate,
                RowCount = 0,
                DocumentUrl = InboxFolder.FileUrl(archivePath),
            };
            await session.LoadAsync<InboxFileRecord>(hashUrl, [duplicate], [], cancellationToken);
            await session.FlushAsync(cancellationToken);
            if (await MoveIfStillAsReadAsync(file, read, archivePath, null, tally, cancellationToken))
            {
                logger.InboxFileLoadedBefore(Id, file.Name);
                tally.Duplicates++;
            }

            return;
        }

        session.Counters.DocumentFetched();
        var rejectedPath = InboxFolder.FreePath(inbox.Rejected, file.Name, now);
        var outcome = session.Counters.Time(SyncStage.Parse, () => Process(file, read, archivePath, rejectedPath, settings, cancellationToken));
        session.Counters.DocumentParsed(outcome.File.RowCount);
        await session.LoadAsync<InboxFileRecord>(hashUrl, [outcome.File], outcome.Rejects, cancellationToken);
        if (!outcome.Loaded)
        {
            // A file is loaded whole or not at all: its good rows are held back with the bad ones, so they count as rejected.
            session.Counters.RecordsLoaded(0, 0, 0, outcome.File.RowCount - outcome.Rejects.Count);
        }
        else
        {
            await session.CommitDocumentAsync(
                new FetchedDocument { Url = hashUrl, StatusCode = 200, Body = read.Bytes, ContentType = outcome.File.Template }, cancellationToken);
        }

        // A file leaves the inbox only once its rows (or its ledger row) are committed.
        await session.FlushAsync(cancellationToken);
        if (outcome.Loaded)
        {
            if (await MoveIfStillAsReadAsync(file, read, archivePath, null, tally, cancellationToken))
            {
                tally.Loaded++;
            }
        }
        else if (await MoveIfStillAsReadAsync(file, read, rejectedPath, outcome.Sidecar, tally, cancellationToken))
        {
            logger.InboxFileRejected(
                Id, file.Name, Math.Max(1, outcome.Rejects.Count), rejectedPath + InboxFolder.SidecarSuffix);
            tally.Rejected++;
        }
    }

    // A file our code cannot process is that file's problem, not the inbox's: it is rejected and the files behind it load.
    private ManualFileOutcome Process(
        FileInfo file, InboxFileRead read, string archivePath, string rejectedPath, ManualOptions settings, CancellationToken cancellationToken)
    {
        try
        {
            return ManualFileProcessor.Process(
                file.Name, read.Bytes, read.Hash, InboxFolder.FileUrl(archivePath), InboxFolder.FileUrl(rejectedPath), settings.Xlsx, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.InboxFileFailed(ex, Id, file.Name);
            return new ManualFileOutcome(new InboxFileRecord
            {
                FileName = file.Name,
                ContentHash = read.Hash,
                Status = InboxFileStatus.Rejected,
                RowCount = 0,
                Errors = $"the file could not be processed ({ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")})",
                DocumentUrl = InboxFolder.FileUrl(rejectedPath),
            }, Array.Empty<RejectedRecord>());
        }
    }

    // Moving a file that changed since it was read would file away rows nobody loaded.
    private async Task<bool> MoveIfStillAsReadAsync(
        FileInfo file, InboxFileRead read, string destination, string? sidecar, InboxTally tally, CancellationToken cancellationToken)
    {
        if (!await InboxFolder.StillAsReadAsync(file.FullName, read, cancellationToken))
        {
            logger.InboxFileChangedWhileRead(Id, file.Name);
            tally.Waiting++;
            return false;
        }

        if (sidecar is not null)
        {
            await File.WriteAllTextAsync(destination + InboxFolder.SidecarSuffix, sidecar, cancellationToken);
        }

        File.Move(file.FullName, destination);
        InboxFolder.RemoveDoneMarker(file.FullName);
        return true;
    }

    private async Task RefuseUnreadAsync(
        ISyncSession session, InboxFolder inbox, FileInfo file, string reason, InboxTally tally, CancellationToken cancellationToken)
    {
        session.Counters.DocumentFetched();
        var rejectedPath = InboxFolder.FreePath(inbox.Rejected, file.Name, DateTime.UtcNow);
        var outcome = new ManualFileOutcome(new InboxFileRecord
        {
            FileName = file.Name,
            ContentHash = NothingReadHash,
            Status = InboxFileStatus.Rejected,
            RowCount = 0,
            Errors = reason,
            DocumentUrl = InboxFolder.FileUrl(rejectedPath),
        }, Array.Empty<RejectedRecord>());
        await session.LoadAsync<InboxFileRecord>(new Uri("urn:sha256:" + NothingReadHash), [outcome.File], [], cancellationToken);
        await session.FlushAsync(cancellationToken);
        await File.WriteAllTextAsync(rejectedPath + InboxFolder.SidecarSuffix, outcome.Sidecar, cancellationToken);
        // A link is moved as a link (rename), never opened.
        File.Move(file.FullName, rejectedPath);
        InboxFolder.RemoveDoneMarker(file.FullName);
        logger.InboxFileRejectedUnread(Id, file.Name, reason);
        tally.Rejected++;
    }
}
