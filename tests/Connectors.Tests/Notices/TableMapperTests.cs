using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.Documents.Tables;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.Tests.Notices;

public class TableMapperTests
{
    private const string Url = "http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/202403/t20240315_123456.html";

    private static readonly ColumnMap Map = new(
    [
        new ColumnSpec(RawColumns.SerialNo, ["序号"]),
        new ColumnSpec(RawColumns.EnterpriseName, ["企业名称", "单位名称"], Required: true),
        new ColumnSpec(RawColumns.CertificateNo, ["证书编号"], Required: true),
        new ColumnSpec(RawColumns.Uscc, ["统一社会信用代码"]),
    ]);

    [Fact]
    public void Map_FindsHeaderBelowTitleRow_AndNumbersRowsFromIt()
    {
        string?[][] rows =
        [
            ["名单", "名单", "名单"],
            ["序号", "企业名称", "证书编号"],
            ["1", "甲公司", "GR202443000101"],
        ];

        var record = Assert.Single(TableMapper.Map(rows, Map, Url));

        Assert.Equal(Url, record.DocumentUrl);
        Assert.Equal(1, record.RowNumber);
        Assert.Equal("甲公司", record[RawColumns.EnterpriseName]);
        Assert.Equal("GR202443000101", record[RawColumns.CertificateNo]);
        Assert.Equal("1", record[RawColumns.SerialNo]);
        Assert.False(record.Fields.ContainsKey(RawColumns.Uscc));
    }

    [Fact]
    public void Map_SkipsEmptyRowsButKeepsTheirRowNumbers_WhenTableHasBlankLines()
    {
        string?[][] rows =
        [
            ["企业名称", "证书编号"],
            ["甲公司", "GR1"],
            ["", "  "],
            [null, null],
            ["乙公司", "GR2"],
        ];

        var records = TableMapper.Map(rows, Map, Url);

        Assert.Equal([(1, "甲公司"), (4, "乙公司")], records.Select(r => (r.RowNumber, r[RawColumns.EnterpriseName])));
    }

    [Theory]
    [InlineData("企 业 名 称")]
    [InlineData("企业名称\u3000")]
    [InlineData("（企业名称）")]
    [InlineData("企业名称（全称）")]
    [InlineData("单位名称(盖章)")]
    public void Map_MatchesHeader_IgnoringWhitespaceWidthAndBrackets(string header)
    {
        string?[][] rows = [[header, "证书编号"], ["甲公司", "GR1"]];

        var record = Assert.Single(TableMapper.Map(rows, Map, Url));

        Assert.Equal("甲公司", record[RawColumns.EnterpriseName]);
    }

    [Fact]
    public void Map_SkipsRepeatedHeaderRows_WhenWordTableBreaksAcrossPages()
    {
        string?[][] rows = [["企业名称", "证书编号"], ["甲公司", "GR1"], ["企业名称", "证书编号"], ["乙公司", "GR2"]];

        var records = TableMapper.Map(rows, Map, Url);

        Assert.Equal(["甲公司", "乙公司"], records.Select(r => r[RawColumns.EnterpriseName]));
    }

    [Fact]
    public void Map_ThrowsNamingUrlMissingColumnsAndFoundHeaders_WhenRequiredColumnMissing()
    {
        string?[][] rows = [["序号", "企业名称", "发证日期"], ["1", "甲公司", "2024-03-05"]];

        var error = Assert.Throws<LayoutChangedException>(() => TableMapper.Map(rows, Map, Url));

        Assert.Contains(Url, error.Message, StringComparison.Ordinal);
        Assert.Contains("certificate_no", error.Message, StringComparison.Ordinal);
        Assert.Contains("证书编号", error.Message, StringComparison.Ordinal);
        Assert.Contains("发证日期", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("enterprise_name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_Throws_WhenHeaderRowComesAfterTheTenthRow()
    {
        var rows = Enumerable.Repeat<string?[]>(["说明", ""], 10)
            .Append(["企业名称", "证书编号"])
            .Append(["甲公司", "GR1"])
            .ToList();

        Assert.Throws<LayoutChangedException>(() => TableMapper.Map(rows, Map, Url));
    }

    [Fact]
    public void TryMap_ReportsFirstNonEmptyRow_WhenNoHeaderMatchesAtAll()
    {
        string?[][] rows = [["", ""], ["公司", "备注"]];

        var result = TableMapper.TryMap(rows, Map, Url);

        Assert.False(result.Success);
        Assert.Equal(["公司", "备注"], result.HeadersFound);
        Assert.Equal(2, result.MissingColumns.Count);
    }

    [Fact]
    public void TryStream_ReadsOnlyTheHeaderSearchRows_UntilTheRecordsAreEnumerated()
    {
        var rows = new CountingRows(["序号", "企业名称", "证书编号"], 50);

        var records = TableMapper.TryStream(rows, Map, Url, out var result);

        Assert.NotNull(records);
        Assert.True(result.Success);
        Assert.Equal(["序号", "企业名称", "证书编号"], result.HeadersFound);
        Assert.Equal(TableMapper.HeaderSearchRows, rows.Read);
        var streamed = records.ToList();
        Assert.Equal(51, rows.Read);
        Assert.True(rows.Disposed);
        Assert.Equal(TableMapper.Map(new CountingRows(["序号", "企业名称", "证书编号"], 50).ToList(), Map, Url).Select(r => (r.RowNumber, r[RawColumns.CertificateNo])),
            streamed.Select(r => (r.RowNumber, r[RawColumns.CertificateNo])));
    }

    [Fact]
    public void TryStream_LetsGoOfTheRows_WhenNoHeaderMatches()
    {
        var rows = new CountingRows(["序号", "名称", "编号"], 50);

        var records = TableMapper.TryStream(rows, Map, Url, out var result);

        Assert.Null(records);
        Assert.False(result.Success);
        Assert.True(rows.Disposed);
        Assert.Equal(TableMapper.HeaderSearchRows, rows.Read);
    }

    private sealed class CountingRows(string?[] header, int dataRows) : IEnumerable<IReadOnlyList<string?>>
    {
        public int Read { get; private set; }

        public bool Disposed { get; private set; }

        public IEnumerator<IReadOnlyList<string?>> GetEnumerator()
        {
            try
            {
                Read++;
                yield return header;
                for (var row = 1; row <= dataRows; row++)
                {
                    Read++;
                    yield return [row.ToString(System.Globalization.CultureInfo.InvariantCulture), $"公司{row}", $"GR2024430{row:D5}"];
                }
            }
            finally
            {
                Disposed = true;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
