namespace YuanlingTech.PortalSimulator.Sources.Manual;

/// <summary>The facts of the files that load (archive destination), read the way the warehouse keeps them.</summary>
internal sealed class ManualFacts(IReadOnlyList<ManualDrop> loaded)
{
    public IReadOnlyList<RdFact> Rd { get; } = [.. loaded.SelectMany(p => p.Rd)];

    /// <summary>Each platform with its latest status (a later list's 撤销 replaces the recognition).</summary>
    public IReadOnlyList<PlatformFact> Platforms { get; } = LatestPlatforms(loaded);

    public IReadOnlyList<GdpFact> Gdp { get; } = [.. loaded.SelectMany(p => p.Gdp)];

    public IReadOnlyList<ChallengeProjectFact> Projects { get; } = [.. loaded.SelectMany(p => p.Projects)];

    public int Targets { get; } = loaded.Sum(p => p.Targets);

    /// <summary>Firms (by USCC) with spending above zero in the year.</summary>
    public HashSet<string> RdFirms(int year, string region) =>
        Rd.Where(f => f.Year == year && f.AmountWan > 0 && f.Firm.RegionCode == region).Select(f => f.Firm.Uscc).ToHashSet(StringComparer.Ordinal);

    /// <summary>Firms with spending above zero in the year and none above zero in the previous year's file.</summary>
    public int RdNewFirms(int year, string region)
    {
        var before = RdFirms(year - 1, region);
        return RdFirms(year, region).Count(f => !before.Contains(f));
    }

    public CountyManualYear County(int year, string county) => new(
        RdFirms(year, county).Count,
        RdNewFirms(year, county),
        Rd.Where(f => f.Year == year && f.Firm.RegionCode == county).Sum(f => f.AmountWan * 10_000m),
        Gdp.Where(g => g.Year == year && g.RegionCode == county).Sum(g => g.Yuan),
        Platforms.Count(p => p.Status == "valid" && p.Year <= year && p.Host.RegionCode == county),
        Projects.Count(p => p.Counts && p.PublishedOn.Year == year && p.Issuer.RegionCode == county));

    private static List<PlatformFact> LatestPlatforms(IReadOnlyList<ManualDrop> loaded)
    {
        var platforms = new Dictionary<(string, int), PlatformFact>();
        foreach (var fact in loaded.SelectMany(p => p.Platforms))
        {
            platforms[(fact.Name, fact.Host.Index)] = fact;
        }

        return [.. platforms.Values];
    }
}
