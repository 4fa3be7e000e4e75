namespace YuanlingTech.Storage.Reporting;

/// <summary>One enterprise on a worklist.</summary>
public sealed record WorklistRow(string EnterpriseName, string? Uscc, string RegionCode, string RegionName, string Reason, DateOnly? DueOn);
