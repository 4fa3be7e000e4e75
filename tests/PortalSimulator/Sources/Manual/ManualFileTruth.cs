namespace YuanlingTech.PortalSimulator.Sources.Manual;

/// <summary>One dropped file: where it must end (<c>archive</c> or <c>rejected</c>) and, if rejected, each sidecar line expected.</summary>
public sealed record ManualFileTruth(string Name, DateOnly DroppedOn, string? Template, string Destination, int Rows, IReadOnlyList<string> Reasons);
