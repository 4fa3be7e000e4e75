namespace YuanlingTech.Connectors.Sources.Manual;

/// <summary>
/// Decides whether an inbox file is completely written. <see cref="InboxReadyRule.Stable"/>: its size and modification
/// time are the same at the listing (the first look) and just before it is read (the second look, at least
/// <c>MinFileAgeSeconds</c> after the first), and it was last modified at least that long before the first look.
/// A writer that takes no lock is seen this way where <c>FileShare.None</c> sees nothing (Linux locks are advisory).
/// </summary>
public sealed class InboxGate
{
    private readonly InboxReadyRule _rule;
    private readonly TimeSpan _minAge;
    private readonly Dictionary<string, FileIdentity> _firstLooks = new(StringComparer.Ordinal);
    private readonly DateTime _firstLookUtc;

    public InboxGate(InboxReadyRule rule, TimeSpan minAge, IEnumerable<FileInfo> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        _rule = rule;
        _minAge = minAge;
        _firstLookUtc = DateTime.UtcNow;
        foreach (var file in candidates)
        {
            if (TryLook(file.FullName) is { } look)
            {
                _firstLooks[file.FullName] = look;
            }
        }
    }

    /// <summary>The file's identity at the first look; null when it was gone by then.</summary>
    public FileIdentity? FirstLook(FileInfo file) => _firstLooks.GetValueOrDefault(file.FullName);

    /// <summary>The file as it is now when it is ready to be read; null when it is still being written (or gone).</summary>
    public async Task<FileIdentity?> WhenReadyAsync(FileInfo file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (_rule == InboxReadyRule.DoneMarker)
        {
            return File.Exists(file.FullName + InboxFolder.DoneMarkerSuffix) ? TryLook(file.FullName) : null;
        }

        if (FirstLook(file) is not { } first || _firstLookUtc - first.ModifiedUtc < _minAge)
        {
            return null;
        }

        var wait = _firstLookUtc + _minAge - DateTime.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, cancellationToken);
        }

        var second = TryLook(file.FullName);
        return second is not null && second.SameAs(first) ? second : null;
    }

    private static FileIdentity? TryLook(string path)
    {
        try
        {
            return FileIdentity.OfPath(path);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
