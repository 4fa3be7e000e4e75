namespace YuanlingTech.Normalization.Regions;

/// <summary>How a record's region was obtained, most trustworthy first.</summary>
public static class RegionSources
{
    /// <summary>The row's own region cell (a name or a code).</summary>
    public const string Published = "published";

    /// <summary>The tech-SME 入库登记编号, which carries the division the firm registered in.</summary>
    public const string RegistrationNumber = "registration_no";

    /// <summary>The division of the registering authority embedded in the USCC (positions 3-8), the region cell being blank.</summary>
    public const string Uscc = "uscc";

    /// <summary>The province a list is published for, when a row names neither a region nor a usable USCC.</summary>
    public const string Province = "province";
}
