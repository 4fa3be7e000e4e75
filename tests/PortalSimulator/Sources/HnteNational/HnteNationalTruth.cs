namespace YuanlingTech.PortalSimulator;

/// <summary>Expected outcome of loading the national filing and rename lists (<c>Truth.Sources["kjt-hnte-national"]</c>).</summary>
public sealed record HnteNationalTruth
{
    /// <summary>Certificates listed in the filing PDFs that loaded; each also in <c>HnteTruth.Certificates</c> with the same number, issue date and validity.</summary>
    public required IReadOnlyList<NationalCertificateTruth> Certificates { get; init; }

    public required IReadOnlyList<HnteRenameTruth> Renames { get; init; }

    /// <summary>Filing and rename announcements in the national list (公示 items excluded).</summary>
    public required int AnnouncementCount { get; init; }

    /// <summary>The filing PDF published without its 证书编号 column (InjectLayoutChange); its rows are in no other field.</summary>
    public string? LayoutChangedUrl { get; init; }

    /// <summary>USCC → the enterprise name the warehouse must show now, for every renamed enterprise.</summary>
    public IReadOnlyDictionary<string, string> CurrentNames =>
        Renames.Where(r => r.Uscc is not null).ToDictionary(r => r.Uscc!, r => r.CurrentName);
}
