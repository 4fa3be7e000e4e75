using YuanlingTech.Normalization.Manual;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.Sources.Manual;

/// <summary>What reading one inbox file gave: the ledger row with its records (when loaded), the bad rows, and the sidecar text.</summary>
public sealed record ManualFileOutcome(InboxFileRecord File, IReadOnlyList<RejectedRecord> Rejects)
{
    public bool Loaded => File.Status == InboxFileStatus.Loaded;

    /// <summary>The content of <c>&lt;file&gt;.errors.txt</c> for a rejected file.</summary>
    public string Sidecar => $"{File.FileName}: rejected, nothing was loaded.{Environment.NewLine}{File.Errors}{Environment.NewLine}";
}
