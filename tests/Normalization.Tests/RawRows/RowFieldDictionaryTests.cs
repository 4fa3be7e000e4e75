using System.Text.Json;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Normalization.Tests.RawRows;

public sealed class RowFieldDictionaryTests
{
    private static readonly string[] Columns = [RawColumns.EnterpriseName, RawColumns.Uscc, RawColumns.Region];

    [Fact]
    public void Lookups_AnswerLikeADictionary_ForEqualButNotIdenticalKeys()
    {
        var fields = new RowFieldDictionary(Columns, ["湖南甲公司", null, "沅陵县"]);
        var key = new string(RawColumns.Region.AsSpan());

        Assert.Equal("沅陵县", fields[key]);
        Assert.True(fields.ContainsKey(RawColumns.Uscc));
        Assert.True(fields.TryGetValue(RawColumns.Uscc, out var uscc));
        Assert.Null(uscc);
        Assert.False(fields.TryGetValue("no_such_column", out _));
        Assert.Null(new RawRecord("u", 1, fields)["no_such_column"]);
        Assert.Throws<KeyNotFoundException>(() => fields["no_such_column"]);
        Assert.Equal(3, fields.Count);
    }

    [Fact]
    public void Enumeration_AndJson_KeepTheColumnOrder()
    {
        var fields = new RowFieldDictionary(Columns, ["湖南甲公司", null, "沅陵县"]);
        var expected = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [RawColumns.EnterpriseName] = "湖南甲公司",
            [RawColumns.Uscc] = null,
            [RawColumns.Region] = "沅陵县",
        };

        Assert.Equal(expected.ToList(), fields.ToList());
        Assert.Equal(Columns, fields.Keys);
        Assert.Equal(
            JsonSerializer.Serialize<IReadOnlyDictionary<string, string?>>(expected),
            JsonSerializer.Serialize<IReadOnlyDictionary<string, string?>>(fields));
    }

    [Fact]
    public void Constructor_RefusesValuesThatDoNotFitTheColumns() =>
        Assert.Throws<ArgumentException>(() => new RowFieldDictionary(Columns, ["only one"]));
}
