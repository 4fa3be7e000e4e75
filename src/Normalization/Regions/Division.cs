namespace YuanlingTech.Normalization.Regions;

/// <summary>One administrative division (GB/T 2260) as the warehouse knows it.</summary>
/// <param name="Code">Current 6-digit code.</param>
/// <param name="Name">Official name, e.g. 沅陵县.</param>
/// <param name="ParentCode">Code of the enclosing division; null for the province.</param>
/// <param name="Level">province, city or county.</param>
public sealed record Division(string Code, string Name, string? ParentCode, DivisionLevel Level);
