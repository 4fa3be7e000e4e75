
using YuanlingTech.Connectors.Documents.Tables;

namespace YuanlingTech.Connectors.Tests.Notices;

public class XlsxTableReaderTests
{
    [Fact]
    public void Read_ReturnsEveryRowAsStrings_WhenSheetHasTitleHeaderAndData()
    {
        using var xlsx = XlsxFixture.Create(
            ["湖南省2024年第二批拟认定高新技术企业名单", null, null],
            ["序号", "企业名称", "所属地区"],
            [1, "沅陵县辰州矿业科技有限公司", "怀化市"]);

        var rows = XlsxTableReader.Read(xlsx);

        Assert.Equal(3, rows.Count);
        Assert.Equal(["序号", "企业名称", "所属地区"], rows[1]);
        Assert.Equal(["1", "沅陵县辰州矿业科技有限公司", "怀化市"], rows[2]);
        Assert.Null(rows[0][1]);
    }

    [Fact]
    public void Read_KeepsNumbersInvariant_WhenCellsHoldSerialsAndDecimals()
    {
        using var xlsx = XlsxFixture.Create([45366, 1.5377, "x"]);

        var row = Assert.Single(XlsxTableReader.Read(xlsx));

        Assert.Equal(["45366", "1.5377", "x"], row);
    }

    [Fact]
    public void Read_FormatsDateCellsAsIsoDates_WhenCellsHoldDates()
    {
        using var xlsx = XlsxFixture.Create([new DateTime(2024, 3, 5), "y"]);

        var row = Assert.Single(XlsxTableReader.Read(xlsx));

        Assert.Equal("2024-03-05", row[0]);
    }

    [Fact]
    public void Read_ReadsWholeFile_WhenStreamCannotSeek()
    {
        using var xlsx = XlsxFixture.Create(["a", "b"], ["c", "d"]);
        using var forwardOnly = new ForwardOnlyStream(xlsx);

        var rows = XlsxTableReader.Read(forwardOnly);

        Assert.Equal(["c", "d"], rows[1]);
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
