using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.NoticeColumns;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Normalization.TechSme;

namespace YuanlingTech.Connectors.Tests.Columns;

public class StreamedListNormalizationTests
{
    private const string Url = "http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/202506/t20250603_4.html";

    private static readonly TechSmeListContext Context = new(TechSmeListKind.Proposed, 2025, 3, new DateOnly(2025, 6, 3), "2025年第三批入库名单公示");

    [Fact]
    public void Run_CountsRowsReadRepeatsAndStageTimes_WhileTheNormalizerReadsTheRows()
    {
        var counters = new SyncCounters();
        var enumerated = 0;
        IEnumerable<RawRecord> Rows()
        {
            string?[][] rows =
            [
                ["甲科技有限公司", "91431222MA4L41Y04R"],
                ["甲科技有限公司", "91431222MA4L41Y04R"],
                [string.Empty, "91431222MA4L41Y04R"],
                ["乙科技有限公司", null],
            ];
            foreach (var (row, number) in rows.Select((row, index) => (row, index + 1)))
            {
                enumerated++;
                yield return new RawRecord(Url, number, new Dictionary<string, string?> { [RawColumns.EnterpriseName] = row[0], [RawColumns.Uscc] = row[1] });
            }
        }

        var result = StreamedListNormalization.Run(
            Rows(), counters, rows => TechSmeRecordNormalizer.Normalize(rows, Context), normalized => normalized.Records.Count + normalized.Rejects.Count);

        Assert.Equal(4, enumerated);
        Assert.Equal(["91431222MA4L41Y04R"], result.Records.Select(record => record.Uscc));
        Assert.Equal(2, result.Rejects.Count);
        Assert.Equal(1, counters.DocumentsParsed);
        Assert.Equal(4, counters.RecordsExtracted);
        Assert.Equal(1, counters.RecordsDuplicate);
        Assert.True(counters.StageTime(SyncStage.Parse) > TimeSpan.Zero);
        Assert.True(counters.StageTime(SyncStage.Normalize) > TimeSpan.Zero);
    }
}
