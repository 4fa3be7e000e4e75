namespace YuanlingTech.PortalSimulator.Sources.Manual;

/// <summary>A file the bureau receives on a given day, with its truth; its bytes are rendered only when it is dropped.</summary>
internal sealed record PlannedFile(ManualFileTruth Truth, Func<byte[]> Render);
