namespace YuanlingTech.Worker.Security;

/// <summary>
/// Nothing to bind: a handle so that <see cref="ConfigurationChecksValidator"/> runs with the options validation at
/// start-up (of every verb, not only the server).
/// </summary>
public sealed class ConfigurationChecks;
