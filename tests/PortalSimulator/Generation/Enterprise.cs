namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>A firm of the synthetic province; Name and Uscc are canonical (undirtied).</summary>
internal sealed class Enterprise(int index, string name, string uscc, string regionCode)
{
    public int Index { get; } = index;

    public string Name { get; } = name;

    public string Uscc { get; } = uscc;

    public string RegionCode { get; } = regionCode;

    /// <summary>ValidTo of the firm's latest certificate.</summary>
    public DateOnly? CertifiedUntil { get; set; }

    /// <summary>Proposed in a batch that is not recognized yet.</summary>
    public bool Pending { get; set; }
}
