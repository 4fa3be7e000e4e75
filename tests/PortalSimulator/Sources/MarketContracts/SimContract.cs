namespace YuanlingTech.PortalSimulator.Sources.MarketContracts;

/// <summary>One generated contract registration: its clean values, its published cells and whether it loads.</summary>
internal sealed record SimContract
{
    /// <summary>The canonical registration number (also for rows whose published number is broken).</summary>
    public required string RegistrationNo { get; init; }

    public required DateOnly RegisteredOn { get; init; }

    public required decimal AmountYuan { get; init; }

    public required decimal TechAmountYuan { get; init; }

    public required string SellerDiv { get; init; }

    public required string BuyerDiv { get; init; }

    /// <summary>The 14 cells as published, in <see cref="MarketPageRenderer.Headers"/> order.</summary>
    public required IReadOnlyList<string> Cells { get; init; }

    /// <summary>Empty for a row that loads; otherwise the kinds of dirt that make it a reject.</summary>
    public required IReadOnlyList<string> Faults { get; init; }

    public bool Accepted => Faults.Count == 0;

    public DateOnly Month => new(RegisteredOn.Year, RegisteredOn.Month, 1);
}
