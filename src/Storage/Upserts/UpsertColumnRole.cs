namespace YuanlingTech.Storage.Upserts;

/// <summary>How a column takes part in a staged upsert.</summary>
public enum UpsertColumnRole
{
    /// <summary>Part of the natural key (the ON CONFLICT target).</summary>
    Key,

    /// <summary>Written on insert and compared for change; a difference updates the row.</summary>
    Compared,

    /// <summary>Written on insert and whenever the row changes, but never a reason to change it (last_seen_at, lineage).</summary>
    Touched,

    /// <summary>Written on insert only (first_seen_at).</summary>
    InsertOnly,

    /// <summary>Staged for use by expressions or other specs, never written to the target.</summary>
    StageOnly,
}
