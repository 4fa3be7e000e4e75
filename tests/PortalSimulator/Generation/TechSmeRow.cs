namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>One logical row of a tech-SME list: the facts behind the published cells and how a connector must judge it.</summary>
internal sealed class TechSmeRow(Enterprise firm, TechSmeBatch? batch, string? registrationNo)
{
    public Enterprise Firm { get; } = firm;

    /// <summary>The batch the firm registered in; null only for removals of rows the generator never saw.</summary>
    public TechSmeBatch? Batch { get; } = batch;

    /// <summary>入库登记编号; null in 公示 lists.</summary>
    public string? RegistrationNo { get; } = registrationNo;

    /// <summary>Region as published: the firm's own, or a wrong one a later correction fixes.</summary>
    public string RegionCode { get; init; } = firm.RegionCode;

    public string? RemovalReason { get; init; }

    /// <summary>Reject keyword the row is published to trigger (<c>name</c>, <c>region</c>, <c>registration_no</c>); null when acceptable.</summary>
    public string? RejectReason { get; set; }

    /// <summary>A USCC column exists and the published value passes the checks after normalization.</summary>
    public bool UsccValid { get; set; }

    /// <summary>An exact copy of the previous row.</summary>
    public bool IsDuplicate { get; init; }

    /// <summary>1-based data row index in the published table.</summary>
    public int RowNumber { get; set; }
}
