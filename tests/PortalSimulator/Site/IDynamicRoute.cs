namespace YuanlingTech.PortalSimulator.Site;

/// <summary>A simulated endpoint that is computed per request (query APIs, search pages) rather than a fixed resource.</summary>
internal interface IDynamicRoute
{
    bool Matches(PathString path);

    /// <summary>Writes the response and returns its status code (for the request log).</summary>
    Task<int> HandleAsync(HttpContext context);
}
