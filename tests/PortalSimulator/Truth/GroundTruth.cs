namespace YuanlingTech.PortalSimulator;

/// <summary>What a correct connector + normalizer + loader must end up with for this simulated province.</summary>
public sealed record GroundTruth(int Seed, double Scale, DateOnly AsOf, HnteTruth Hnte);
