namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>
/// The seeded streams the county of interest is generated from: one per source, none shared with the scaled
/// province, so the county's rows and figures are the same at every scale.
/// </summary>
internal static class CountyStreams
{
    public static Random Firms(int seed) => Stream(seed, 1);

    public static Random Hnte(int seed) => Stream(seed, 2);

    public static Random TechSme(int seed) => Stream(seed, 3);

    public static Random Market(int seed) => Stream(seed, 4);

    public static Random Loans(int seed) => Stream(seed, 5);

    public static Random Rd(int seed) => Stream(seed, 6);

    public static Random Platforms(int seed) => Stream(seed, 7);

    public static Random Gdp(int seed) => Stream(seed, 8);

    public static Random Projects(int seed) => Stream(seed, 9);

    private static Random Stream(int seed, int source) => new(unchecked(seed + 90_000 + source));
}
