namespace YuanlingTech.PortalSimulator.Sources.Manual;

/// <summary>
/// The bureau's inbox (source <c>manual</c>): when <see cref="SimulatorOptions.ManualInboxPath"/> is set, drops every
/// file due by AsOf that the inbox, its archive and its rejected folder do not hold yet, so advancing the clock
/// drops only the new period's files.
/// </summary>
internal sealed class ManualSourceModule : ISourceModule
{
    public const string SourceId = "manual";

    public void Build(SourceModuleContext context)
    {
        var options = context.Options;
        var plan = new ManualFilePlanner(options.Seed, context.Province.Pool).Plan()
            .Where(p => p.File.Truth.DroppedOn <= options.AsOf)
            .ToList();
        var facts = new ManualFacts([.. plan.Where(p => p.Loads)]);
        // The county's figures assume the inbox is loaded, with or without ManualInboxPath.
        context.CountyManual = year => facts.County(year, options.CountyCode);
        if (options.ManualInboxPath is not { } inbox)
        {
            return;
        }

        foreach (var drop in plan)
        {
            Drop(inbox, drop.File);
        }

        context.Truth = context.Truth with { Sources = new Dictionary<string, object>(context.Truth.Sources) { [SourceId] = Truth(plan, facts) } };
    }

    private static ManualTruth Truth(List<ManualDrop> plan, ManualFacts facts)
    {
        static string Key(int year, string region) => $"{year}|{region}";
        var rdKeys = facts.Rd.Select(f => (f.Year, f.Firm.RegionCode)).Distinct().ToList();
        return new ManualTruth(
            [.. plan.Select(p => p.File.Truth)],
            facts.Rd.Count,
            facts.Platforms.Count,
            facts.Targets,
            facts.Rd.GroupBy(f => Key(f.Year, f.Firm.RegionCode)).ToDictionary(g => g.Key, g => g.Sum(f => f.AmountWan * 10_000m)),
            facts.Platforms.GroupBy(p => p.Status).ToDictionary(g => g.Key, g => g.Count()))
        {
            RdEnterprises = rdKeys.Select(k => (Key: Key(k.Year, k.RegionCode), Count: facts.RdFirms(k.Year, k.RegionCode).Count))
                .Where(k => k.Count > 0).ToDictionary(k => k.Key, k => k.Count),
            RdNewEnterprises = rdKeys.Select(k => (Key: Key(k.Year, k.RegionCode), Count: facts.RdNewFirms(k.Year, k.RegionCode)))
                .Where(k => k.Count > 0).ToDictionary(k => k.Key, k => k.Count),
            ValidPlatforms = facts.Platforms.Where(p => p.Status == "valid").GroupBy(p => Key(p.Year, p.Host.RegionCode))
                .ToDictionary(g => g.Key, g => g.Count()),
            GdpRows = facts.Gdp.Count,
            GdpYuan = facts.Gdp.ToDictionary(g => Key(g.Year, g.RegionCode), g => g.Yuan),
            ChallengeProjectRows = facts.Projects.Count,
            ChallengeProjects = facts.Projects.Where(p => p.Counts).GroupBy(p => Key(p.PublishedOn.Year, p.Issuer.RegionCode))
                .ToDictionary(g => g.Key, g => g.Count()),
        };
    }

    private static void Drop(string inbox, PlannedFile file)
    {
        Directory.CreateDirectory(inbox);
        var name = file.Truth.Name;
        if (Seen(inbox, name) || Seen(Path.Combine(inbox, "archive"), name) || Seen(Path.Combine(inbox, "rejected"), name))
        {
            return;
        }

        var path = Path.Combine(inbox, name);
        var temporary = path + ".part";
        File.WriteAllBytes(temporary, file.Render());
        // Dropped long enough ago that the worker does not take it for a file still being written.
        File.SetLastWriteTimeUtc(temporary, DateTime.UtcNow.AddHours(-1));
        File.Move(temporary, path);
    }

    // The worker renames a file that meets a namesake in archive/ or rejected/ to name.<timestamp>.ext.
    private static bool Seen(string folder, string name)
    {
        if (!Directory.Exists(folder))
        {
            return false;
        }

        var stem = Path.GetFileNameWithoutExtension(name) + ".";
        var extension = Path.GetExtension(name);
        return Directory.EnumerateFiles(folder).Select(Path.GetFileName).Any(f =>
            f == name || (f!.StartsWith(stem, StringComparison.Ordinal) && f.EndsWith(extension, StringComparison.Ordinal)));
    }
}
