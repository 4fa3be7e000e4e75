namespace YuanlingTech.Reliability.Tests.Faults;

/// <summary>
/// The values of issue 21 that used to fail a whole batch, by name (a lone surrogate cannot travel in attribute data):
/// the columns they go into (HTML/xlsx headers; the loans JSON field) and the value (<c>{cell}</c> = the published text).
/// </summary>
public static class HostileValueCases
{
    public const string LoneSurrogate = "lone-surrogate";
    public const string NulInUscc = "nul-in-uscc";
    public const string NulInRejectedRow = "nul-in-rejected-row";
    public const string LongName = "long-name";
    public const string Noncharacter = "noncharacter";

    private const string NameHeaders = "企业名称|单位名称";
    private const string UsccHeaders = "统一社会信用代码|社会信用代码";

    public static (string Column, string JsonField, string Value) Of(string name) => name switch
    {
        LoneSurrogate => (NameHeaders, "enterpriseName", "{cell}\uD800"),
        NulInUscc => (UsccHeaders, "uscc", "{cell}\0"),
        // The name is then empty: the row is rejected, and its raw values hold the NUL.
        NulInRejectedRow => (NameHeaders, "enterpriseName", "\0"),
        LongName => (NameHeaders, "enterpriseName", VariedCjk(1000)),
        Noncharacter => (NameHeaders, "enterpriseName", "{cell}\uFFFE"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown hostile value case"),
    };

    // Varied characters, so that a btree entry would not shrink under compression.
    private static string VariedCjk(int length)
    {
        var random = new Random(21);
        return string.Concat(Enumerable.Range(0, length).Select(_ => (char)random.Next(0x4E00, 0x9FA5)));
    }
}
