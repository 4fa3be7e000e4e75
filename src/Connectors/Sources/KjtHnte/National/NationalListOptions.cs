namespace YuanlingTech.Connectors.Sources.KjtHnte.National;

/// <summary>Where kjt-hnte reads the national filing and rename lists; bound from <c>Sources:kjt-hnte</c>, beside its notices column.</summary>
public sealed class NationalListOptions
{
    /// <summary>First page of the national per-province announcement list (innocom <c>list_gsgg_l3.shtml</c>); null to skip it.</summary>
    public Uri? NationalListUrl { get; set; }
}
