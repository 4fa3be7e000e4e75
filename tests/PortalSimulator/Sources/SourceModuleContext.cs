using YuanlingTech.PortalSimulator.Generation;
using YuanlingTech.PortalSimulator.Site;
using YuanlingTech.PortalSimulator.Sources.Manual;

namespace YuanlingTech.PortalSimulator.Sources;

/// <summary>What a source module gets to build with, and where it puts what it builds.</summary>
internal sealed class SourceModuleContext(SimulatorOptions options, Province province, Uri baseUrl, PortalSite site)
{
    public SimulatorOptions Options { get; } = options;

    /// <summary>The HNTE column and the shared enterprise pool (one generator, one seed).</summary>
    public Province Province { get; } = province;

    public Uri BaseUrl { get; } = baseUrl;

    public List<IDynamicRoute> Routes { get; } = [];

    /// <summary>Adds a fixed resource (served with ETag/Last-Modified and 304s).</summary>
    public void AddResource(string path, SiteResource resource) => site.Add(path, resource);

    public void AddRoute(IDynamicRoute route) => Routes.Add(route);

    /// <summary>The county of interest's figures of a year from the manual files (set by the manual module).</summary>
    public Func<int, CountyManualYear> CountyManual { get; set; } = _ => new CountyManualYear(0, 0, 0, 0, 0, 0);

    /// <summary>The ground truth so far; modules replace it with their part added (<c>Truth = Truth with { … }</c>).</summary>
    public required GroundTruth Truth { get; set; }
}
