namespace YuanlingTech.Normalization.TechSme;

/// <summary>The kinds of tech-SME list a notices column publishes.</summary>
public enum TechSmeListKind
{
    /// <summary>公示: proposed for registration (拟入库); usually no registration number.</summary>
    Proposed,

    /// <summary>公布: registered (入库), with 入库登记编号.</summary>
    Registered,

    /// <summary>更正: a batch re-published; it replaces the batch's earlier list.</summary>
    Corrected,

    /// <summary>撤销入库登记编号 / 移出: removed.</summary>
    Removed,
}
