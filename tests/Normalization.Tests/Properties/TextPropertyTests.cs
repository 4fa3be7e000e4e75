using YuanlingTech.Normalization.Codes;
using YuanlingTech.Normalization.Contracts;
using YuanlingTech.Normalization.Names;
using YuanlingTech.Normalization.TechSme;
using YuanlingTech.Normalization.Text;
using YuanlingTech.Normalization.Uscc;

namespace YuanlingTech.Normalization.Tests.Properties;

/// <summary>String-to-canonical-string normalizers: once is enough, and no string breaks them.</summary>
public class TextPropertyTests
{
    [Fact(Timeout = PropertyCheck.TimeoutMs)]
    public Task Clean_ReturnsItsInput_WhenFedItsOwnOutput() => PropertyCheck.ForAllAsync(CellGen.Hostile, raw =>
    {
        var once = TextCleaner.Clean(raw);
        Assert.Equal(once, TextCleaner.Clean(once));
        Assert.False(once.StartsWith(' ') || once.EndsWith(' '), "cleaned text is trimmed");
    });

    [Fact(Timeout = PropertyCheck.TimeoutMs)]
    public Task EnterpriseName_ReturnsSameNameAndKey_WhenFedItsOwnOutput() => PropertyCheck.ForAllAsync(CellGen.Hostile, raw =>
    {
        var name = EnterpriseNameNormalizer.Clean(raw);
        var key = EnterpriseNameNormalizer.MatchKey(raw);
        Assert.Equal(name, EnterpriseNameNormalizer.Clean(name));
        Assert.Equal(key, EnterpriseNameNormalizer.MatchKey(name));
        Assert.Equal(key, EnterpriseNameNormalizer.MatchKey(key));
    });

    [Fact(Timeout = PropertyCheck.TimeoutMs)]
    public Task Uscc_ReturnsSameCanonicalAndQuality_WhenFedItsCanonicalForm() => PropertyCheck.ForAllAsync(CellGen.Hostile, raw =>
    {
        var once = UsccNormalizer.Normalize(raw);
        Assert.Equal(once.Published is null, once.Quality == UsccQuality.Absent);
        Assert.True(once.Canonical is null || once.Canonical.Length == 18);
        if (once.Canonical is { } canonical)
        {
            var twice = UsccNormalizer.Normalize(canonical);
            Assert.Equal((canonical, canonical, once.Quality), (twice.Published, twice.Canonical, twice.Quality));
        }
    });

    [Fact(Timeout = PropertyCheck.TimeoutMs)]
    public Task CodeNormalizers_ReturnSameCode_WhenFedTheirOwnCanonicalForm() => PropertyCheck.ForAllAsync(CellGen.Hostile, raw =>
    {
        AssertStable(raw, (string? s, out string c) => HnteCertificateNumber.TryNormalize(s, out c));
        AssertStable(raw, (string? s, out string c) => RegistrationNumber.TryNormalize(s, out c));
        AssertStable(raw, (string? s, out string c) => TechSmeRegistrationNumber.TryNormalize(s, out c));
        if (TechSmeRegistrationNumber.TryNormalize(raw, out var number))
        {
            Assert.InRange(TechSmeRegistrationNumber.YearOf(number), 1900, 2099);
            Assert.Equal(6, TechSmeRegistrationNumber.DivisionOf(number).Length);
        }
    });

    [Fact(Timeout = PropertyCheck.TimeoutMs)]
    public Task ContractType_ReturnsSameType_WhenFedItsOwnOutput() => PropertyCheck.ForAllAsync(CellGen.Hostile, raw =>
    {
        if (ContractTypeParser.TryParse(raw, out var type, out var subtype, out var bucket))
        {
            var text = subtype is null ? type : $"{type}（{subtype}）";
            Assert.True(ContractTypeParser.TryParse(text, out var type2, out var subtype2, out var bucket2));
            Assert.Equal((type, subtype, bucket), (type2, subtype2, bucket2));
        }
    });

    [Fact(Timeout = PropertyCheck.TimeoutMs)]
    public Task ChineseNumeral_ReturnsSameValue_WhenFedItsDigits() => PropertyCheck.ForAllAsync(CellGen.Hostile, raw =>
    {
        if (ChineseNumeral.TryParse(raw ?? string.Empty, out var value))
        {
            Assert.True(ChineseNumeral.TryParse(value.ToString(System.Globalization.CultureInfo.InvariantCulture), out var again));
            Assert.Equal(value, again);
        }
    });

    private delegate bool TryNormalize(string? raw, out string canonical);

    private static void AssertStable(string? raw, TryNormalize normalize)
    {
        if (normalize(raw, out var canonical))
        {
            Assert.True(normalize(canonical, out var again), $"'{canonical}' is rejected once canonical");
            Assert.Equal(canonical, again);
        }
    }
}
