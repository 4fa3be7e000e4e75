namespace YuanlingTech.PortalSimulator.Sources.Manual;

/// <summary>One planned file and the facts its rows carry (only the ones of its template are set).</summary>
internal sealed record ManualDrop(PlannedFile File)
{
    public IReadOnlyList<RdFact> Rd { get; init; } = [];

    public IReadOnlyList<PlatformFact> Platforms { get; init; } = [];

    public int Targets { get; init; }

    public IReadOnlyList<GdpFact> Gdp { get; init; } = [];

    public IReadOnlyList<ChallengeProjectFact> Projects { get; init; } = [];

    public bool Loads => File.Truth.Destination == "archive";
}
