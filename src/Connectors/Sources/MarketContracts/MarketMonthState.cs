namespace YuanlingTech.Connectors.Sources.MarketContracts;

/// <summary>
/// One registration month in the cursor: its page count when last read completely, and the reference date
/// (<see cref="MarketCursor.ReferenceDate"/>) of the run that last read it completely; null when the last read failed.
/// </summary>
public sealed record MarketMonthState(int Pages, DateOnly? CheckedOn);
