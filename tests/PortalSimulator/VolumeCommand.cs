using System.Diagnostics;
using System.Globalization;
using YuanlingTech.PortalSimulator.Site;

namespace YuanlingTech.PortalSimulator;

/// <summary>
/// <c>--volume</c>: generates the portals without serving them and prints each source's records and documents,
/// with the time (and, with <c>--pre-render</c>, the rendering time and peak memory) it took.
/// </summary>
internal static class VolumeCommand
{
    public static int Run(SimulatorOptions options)
    {
        options.Validate();
        var clock = Stopwatch.StartNew();
        var portal = SimulatedPortal.Build(options, new Uri("http://127.0.0.1/"));
        var generated = clock.Elapsed;
        if (options.PreRender)
        {
            Parallel.ForEach(portal.Site.Resources, resource => _ = resource.ETag);
        }

        var rendered = clock.Elapsed - generated;
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(culture, $"seed {options.Seed} scale {options.Scale} as of {options.AsOf:yyyy-MM-dd}"));
        foreach (var volume in portal.Truth.Volumes)
        {
            Console.WriteLine(string.Create(culture, $"{volume.SourceId,-18} records {volume.Records,10:N0}  documents {volume.Documents,7:N0}"));
        }

        Console.WriteLine(string.Create(
            culture,
            $"{"total",-18} records {portal.Truth.Volumes.Sum(v => v.Records),10:N0}  documents {portal.Truth.Volumes.Sum(v => v.Documents),7:N0}"));
        var county = portal.Truth.County;
        Console.WriteLine(string.Create(culture, $"county {county.Code}: year hnte-valid applications new techsme turnover trade loans platforms rd-new rd-firms rd-spending gdp projects"));
        foreach (var y in county.Years)
        {
            Console.WriteLine(string.Create(
                culture,
                $"  {y.Year} {y.HnteValidYearEnd} {y.HnteApplications} {y.HnteNew} {y.TechSmeRegistered} {y.ContractTurnoverYuan:N2} {y.TradeAmountYuan:N2} {y.LoansYuan:N2} {y.PlatformsYearEnd} {y.RdNewFirms} {y.RdFirms} {y.RdSpendingYuan:N2} {y.GdpYuan:N0} {y.ChallengeProjects}"));
        }

        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(
            culture,
            $"generated in {generated.TotalSeconds:F1} s, pre-rendered in {rendered.TotalSeconds:F1} s, peak working set {process.PeakWorkingSet64 / (1024 * 1024):N0} MB"));
        return 0;
    }
}
