namespace YuanlingTech.Connectors.Abstractions;

/// <summary>Where a sync spends its time, as recorded in the run ledger.</summary>
public enum SyncStage
{
    Fetch,
    Parse,
    Normalize,
    Load,
}
