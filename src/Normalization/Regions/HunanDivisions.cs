namespace YuanlingTech.Normalization.Regions;

/// <summary>
/// The divisions the warehouse is seeded with: Hunan, its 14 cities and every county-level unit of
/// Huaihua (DOMAIN.md §7), plus the retired and non-standard codes that still appear in source data.
/// </summary>
public static class HunanDivisions
{
    public const string Province = "430000";
    public const string Huaihua = "431200";
    public const string Yuanling = "431222";

    public static IReadOnlyList<Division> All { get; } =
    [
        new(Province, "湖南省", null, DivisionLevel.Province),
        new("430100", "长沙市", Province, DivisionLevel.City),
        new("430200", "株洲市", Province, DivisionLevel.City),
        new("430300", "湘潭市", Province, DivisionLevel.City),
        new("430400", "衡阳市", Province, DivisionLevel.City),
        new("430500", "邵阳市", Province, DivisionLevel.City),
        new("430600", "岳阳市", Province, DivisionLevel.City),
        new("430700", "常德市", Province, DivisionLevel.City),
        new("430800", "张家界市", Province, DivisionLevel.City),
        new("430900", "益阳市", Province, DivisionLevel.City),
        new("431000", "郴州市", Province, DivisionLevel.City),
        new("431100", "永州市", Province, DivisionLevel.City),
        new(Huaihua, "怀化市", Province, DivisionLevel.City),
        new("431300", "娄底市", Province, DivisionLevel.City),
        new("433100", "湘西土家族苗族自治州", Province, DivisionLevel.City),
        new("431202", "鹤城区", Huaihua, DivisionLevel.County),
        new("431221", "中方县", Huaihua, DivisionLevel.County),
        new(Yuanling, "沅陵县", Huaihua, DivisionLevel.County),
        new("431223", "辰溪县", Huaihua, DivisionLevel.County),
        new("431224", "溆浦县", Huaihua, DivisionLevel.County),
        new("431225", "会同县", Huaihua, DivisionLevel.County),
        new("431226", "麻阳苗族自治县", Huaihua, DivisionLevel.County),
        new("431227", "新晃侗族自治县", Huaihua, DivisionLevel.County),
        new("431228", "芷江侗族自治县", Huaihua, DivisionLevel.County),
        new("431229", "靖州苗族侗族自治县", Huaihua, DivisionLevel.County),
        new("431230", "通道侗族自治县", Huaihua, DivisionLevel.County),
        new("431281", "洪江市", Huaihua, DivisionLevel.County),
    ];

    /// <summary>
    /// Codes that are not current but appear in data, mapped to the current code they stand for:
    /// the pre-1997 怀化地区 codes, NBS/fiscal variants, and 4-digit codes from the old JJ-001 form.
    /// Where an old unit was split (433001 → 鹤城区 + 中方县) the larger successor is used.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Aliases { get; } = new Dictionary<string, string>
    {
        ["433000"] = Huaihua,
        ["433001"] = "431202",
        ["433002"] = "431281",
        ["433021"] = "431281",
        ["433022"] = Yuanling,
        ["433023"] = "431223",
        ["433024"] = "431224",
        ["433025"] = "431226",
        ["433026"] = "431227",
        ["433027"] = "431228",
        ["433029"] = "431225",
        ["433030"] = "431229",
        ["433031"] = "431230",
        ["431201"] = Huaihua,
        ["431271"] = "431281",
        ["431299"] = Huaihua,
        ["4300"] = Province,
        ["4312"] = Huaihua,
    };

    private static readonly Dictionary<string, Division> ByCode = All.ToDictionary(d => d.Code);

    public static Division? Find(string code) => ByCode.GetValueOrDefault(code);
}
