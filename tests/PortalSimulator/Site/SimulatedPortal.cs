using YuanlingTech.PortalSimulator.Generation;
using YuanlingTech.PortalSimulator.Sources;
using YuanlingTech.PortalSimulator.Truth;

namespace YuanlingTech.PortalSimulator.Site;

/// <summary>Everything served for one <see cref="SimulatorOptions"/> (one AsOf): resources, dynamic routes and the ground truth.</summary>
internal sealed class SimulatedPortal
{
    private SimulatedPortal(PortalSite site, IReadOnlyList<IDynamicRoute> routes, GroundTruth truth)
    {
        Site = site;
        Routes = routes;
        Truth = truth;
    }

    public PortalSite Site { get; }

    public IReadOnlyList<IDynamicRoute> Routes { get; }

    public GroundTruth Truth { get; }

    public static SimulatedPortal Build(SimulatorOptions options, Uri baseUrl)
    {
        var province = ProvinceGenerator.Generate(options);
        Mutation.CorrectionPublisher.Apply(province, options);
        var site = new PortalSite(province, options);
        var context = new SourceModuleContext(options, province, baseUrl, site) { Truth = GroundTruthBuilder.Build(province, options, baseUrl) };
        context.AddRoute(new NoticeListApiRoute(province.Articles, options));
        foreach (var module in SourceModules.All)
        {
            module.Build(context);
        }

        var truth = context.Truth with
        {
            Volumes = VolumeCounter.Count(province, context.Truth),
            County = CountyTruthBuilder.Build(province, context.Truth, context.CountyManual),
        };
        return new SimulatedPortal(site, context.Routes, truth);
    }
}
