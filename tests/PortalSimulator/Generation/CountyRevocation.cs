namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>A county certificate (the one its firm got in <paramref name="Batch"/>) revoked by a notice, with the 取消年度 printed (or null).</summary>
internal sealed record CountyRevocation(HnteBatch Batch, Enterprise Firm, int? Year);
