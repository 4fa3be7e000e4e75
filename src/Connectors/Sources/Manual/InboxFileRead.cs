namespace YuanlingTech.Connectors.Sources.Manual;

/// <summary>What was read of an inbox file: its bytes, their SHA-256 (lower-case hex) and the file as it was when read.</summary>
public sealed record InboxFileRead(byte[] Bytes, string Hash, FileIdentity Identity);
