namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>The generated column: every article newest first, and the firms behind them.</summary>
internal sealed record Province(IReadOnlyList<Article> Articles, EnterprisePool Pool);
