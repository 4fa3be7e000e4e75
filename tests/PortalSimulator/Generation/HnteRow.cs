namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>One logical list row: the facts behind the published cells and how a connector must judge it.</summary>
internal sealed class HnteRow(Enterprise firm)
{
    public Enterprise Firm { get; } = firm;

    public Certificate? Certificate { get; init; }

    public string? RevocationReason { get; init; }

    public int? RevocationYear { get; init; }

    /// <summary>Reject keyword the row is published to trigger; null for an acceptable row.</summary>
    public string? RejectReason { get; set; }

    /// <summary>A USCC column exists and the published value passes the checks after normalization.</summary>
    public bool UsccValid { get; set; }

    /// <summary>An exact copy of the previous row.</summary>
    public bool IsDuplicate { get; init; }

    /// <summary>1-based data row index in the published table.</summary>
    public int RowNumber { get; set; }
}
