using YuanlingTech.PortalSimulator.Faults;

namespace YuanlingTech.Reliability.Tests.Faults;

/// <summary>Paths and settings the fault tests share.</summary>
public static class FaultPlans
{
    public const string Hnte = "kjt-hnte";

    public const string Market = "market-contracts";

    /// <summary>Article pages of the notices column (not list pages, not xlsx attachments).</summary>
    public const string ArticlePages = @"^/kjt/xxgk/tzgg/\d{6}/t\d{8}_[^/]+\.html$";

    /// <summary>Fast failure for kjt-hnte: short timeouts, two retries; everything else as configured.</summary>
    public static Dictionary<string, string?> HnteSettings(int retries = 2, int timeoutSeconds = 5) => new()
    {
        [$"Sources:{Hnte}:RetryCount"] = retries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"Sources:{Hnte}:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The single faulted request's path: asserts exactly one distinct path was struck.</summary>
    public static string StruckPath(IEnumerable<TimedRequest> faulted) => Assert.Single(faulted.Select(r => r.Path).Distinct());
}
