namespace YuanlingTech.Storage.Loading;

/// <summary>Where a fact table keeps one enterprise link and the published identity it was matched from.</summary>
/// <param name="Table">The fact table.</param>
/// <param name="Prefix">Prefix of the link columns (<c>seller_</c>, <c>buyer_</c> or empty).</param>
/// <param name="UsccColumn">The stored canonical USCC column, when the table keeps one.</param>
/// <param name="UsccPublishedColumn">The USCC as published.</param>
/// <param name="NameKeyColumn">The published name's key.</param>
/// <param name="RegionColumn">The published region.</param>
public sealed record FactLink(string Table, string Prefix, string? UsccColumn, string UsccPublishedColumn, string NameKeyColumn, string RegionColumn)
{
    public static IReadOnlyList<FactLink> All { get; } =
    [
        new("warehouse.certification", "", null, "uscc_published", "name_key", "region_code"),
        new("warehouse.loan", "", null, "uscc_published", "name_key", "region_code"),
        new("warehouse.tech_contract", "seller_", null, "seller_uscc_published", "seller_name_key", "seller_div"),
        new("warehouse.tech_contract", "buyer_", null, "buyer_uscc_published", "buyer_name_key", "buyer_div"),
        new("warehouse.rd_spending", "", "uscc", "uscc_published", "name_key", "region_code"),
        new("warehouse.platform", "", "uscc", "uscc_published", "host_name_key", "region_code"),
    ];
}
