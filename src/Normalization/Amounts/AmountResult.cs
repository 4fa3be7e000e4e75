namespace YuanlingTech.Normalization.Amounts;

/// <summary>An amount in 元, or the reason the text is not one.</summary>
public sealed record AmountResult(decimal? Yuan, string? Error)
{
    public bool IsSuccess => Yuan is not null;
}
