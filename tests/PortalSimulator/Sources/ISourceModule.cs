namespace YuanlingTech.PortalSimulator.Sources;

/// <summary>
/// One simulated source beside the HNTE notices column: generates its data from the shared enterprise pool
/// and its own seeded Random, registers its pages, and sets its part of the ground truth.
/// Generation must be horizon-based (the full timeline to a fixed end, then cut at <c>AsOf</c>), so that
/// advancing the clock only adds or changes what happened after the previous <c>AsOf</c>.
/// </summary>
internal interface ISourceModule
{
    void Build(SourceModuleContext context);
}
