namespace YuanlingTech.Evaluation.Reports;

/// <summary>
/// A unit the report shows figures in: a cell holds the value divided by <see cref="Divisor"/> (so it stays a number
/// the bureau can add up) and its number format writes the unit after it, in Excel and LibreOffice alike.
/// </summary>
/// <param name="Label">The unit as a header or the 单位 column names it (亿元, 万元, 家, %).</param>
/// <param name="Divisor">Stored value ÷ divisor = the cell's value (yuan → 亿元: 10⁸; percent → fraction: 100).</param>
/// <param name="CellFormat">The number format of a table cell.</param>
/// <param name="AxisFormat">The number format of a chart's value axis (fewer decimals).</param>
public sealed record ReportUnit(string Label, decimal Divisor, string CellFormat, string AxisFormat)
{
    public decimal Scale(decimal value) => value / Divisor;
}
