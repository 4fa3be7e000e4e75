namespace YuanlingTech.PortalSimulator.Sources.Manual;

/// <summary>A file the bureau receives on a given day, with its bytes and its truth.</summary>
internal sealed record PlannedFile(ManualFileTruth Truth, byte[] Content);
