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
        if (options.ManualInboxPath is not { } inbox)
        {
            return;
        }

        var plan = new ManualFilePlanner(options.Seed, options.Scale, context.Province.Pool).Plan()
            .Where(p => p.File.Truth.DroppedOn <= options.AsOf)
            .ToList();
        foreach (var (file, _, _, _) in plan)
        {
            Drop(inbox, file);
        }

        var rd = plan.Where(p => p.File.Truth.Destination == "archive").SelectMany(p => p.Rd).ToList();
        var platforms = new Dictionary<(string, int), PlatformFact>();
        foreach (var fact in plan.Where(p => p.File.Truth.Destination == "archive").SelectMany(p => p.Platforms))
        {
            platforms[(fact.Name, fact.Host.Index)] = fact;
        }

        var truth = new ManualTruth(
            [.. plan.Select(p => p.File.Truth)],
            rd.Count,
            platforms.Count,
            plan.Where(p => p.File.Truth.Destination == "archive").Sum(p => p.Targets),
            rd.GroupBy(f => $"{f.Year}|{f.Firm.RegionCode}").ToDictionary(g => g.Key, g => g.Sum(f => f.AmountWan * 10_000m)),
            platforms.Values.GroupBy(p => p.Status).ToDictionary(g => g.Key, g => g.Count()))
        {
            RdEnterprises = rd.Where(f => f.AmountWan > 0).GroupBy(f => $"{f.Year}|{f.Firm.RegionCode}")
                .ToDictionary(g => g.Key, g => g.Select(f => f.Firm.Index).Distinct().Count()),
            ValidPlatforms = platforms.Values.Where(p => p.Status == "valid").GroupBy(p => $"{p.Year}|{p.Host.RegionCode}")
                .ToDictionary(g => g.Key, g => g.Count()),
        };
        context.Truth = context.Truth with { Sources = new Dictionary<string, object>(context.Truth.Sources) { [SourceId] = truth } };
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
        File.WriteAllBytes(temporary, file.Content);
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
