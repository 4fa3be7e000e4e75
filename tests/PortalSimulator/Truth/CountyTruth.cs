namespace YuanlingTech.PortalSimulator;

/// <summary>The county of interest (<see cref="SimulatorOptions.CountyCode"/>), generated at its real size: its figures per year 2019..AsOf's year.</summary>
/// <param name="Code">The county's division code.</param>
/// <param name="Years">One entry per year from 2019 to AsOf's year.</param>
/// <param name="Certificates">The county's HNTE certificates as the warehouse holds them (revocations published by AsOf applied).</param>
public sealed record CountyTruth(string Code, IReadOnlyList<CountyYearTruth> Years, IReadOnlyList<CertificateTruth> Certificates)
{
    public static CountyTruth Empty { get; } = new(string.Empty, [], []);

    public CountyYearTruth Year(int year) =>
        Years.FirstOrDefault(y => y.Year == year) ?? throw new ArgumentException($"No county figures for {year}.", nameof(year));

    /// <summary>The county's certificates valid on <paramref name="date"/>.</summary>
    public int HnteValidOn(DateOnly date) => Certificates.Count(c => c.IsValidOn(date));
}
