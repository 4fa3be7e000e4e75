using System.Text;
using YuanlingTech.Connectors.Documents.Tables;
using YuanlingTech.Connectors.Documents.Xlsx;

namespace YuanlingTech.Connectors.Tests.Notices;

/// <summary>A long sheet is read observing the run's token, so a run's budget ends it rather than waiting for the last row.</summary>
public sealed class XlsxCancellationTests
{
    [Fact]
    public void Read_StopsWithOperationCanceled_WhenTheRunsTokenIsCancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        using var sheet = HostileXlsx.Sheet(Rows(5_000));

        Assert.Throws<OperationCanceledException>(() => XlsxTableReader.Read(sheet, XlsxLimits.Default, cancelled.Token));
    }

    [Fact]
    public void Read_ReadsEveryRow_WhenTheTokenIsNotCancelled()
    {
        using var sheet = HostileXlsx.Sheet(Rows(5_000));

        var rows = XlsxTableReader.Read(sheet, XlsxLimits.Default, TestContext.Current.CancellationToken);

        Assert.Equal(5_000, rows.Count);
        Assert.Equal("4999", rows[^1][0]);
    }

    private static string Rows(int count)
    {
        var xml = new StringBuilder("<sheetData>");
        for (var i = 0; i < count; i++)
        {
            xml.Append("<row r=\"").Append(i + 1).Append("\"><c r=\"A").Append(i + 1).Append("\"><v>").Append(i).Append("</v></c></row>");
        }

        return xml.Append("</sheetData>").ToString();
    }
}
