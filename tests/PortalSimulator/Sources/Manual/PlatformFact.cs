using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Sources.Manual;

/// <summary>One platform row as planned: a recognition (<c>valid</c>) or a later revocation.</summary>
internal sealed record PlatformFact(string Name, Enterprise Host, (string Text, string Code) Level, int Year, string Status);
