using YuanlingTech.Connectors.NoticeColumns;
using YuanlingTech.Connectors.Sources.KjtHnte;
using YuanlingTech.Normalization.Hnte;

namespace YuanlingTech.Connectors.Tests.Sources.KjtHnte.Extraction;

public class HnteTitleClassifierTests
{
    private readonly NoticeTitleClassifier<HnteListKind> _classifier = HnteLists.TitleClassifier;

    [Theory]
    [InlineData("关于公布湖南省2024年第一批认定高新技术企业名单的通知", HnteListKind.Recognized, 2024, 1)]
    [InlineData("湖南省2024年第二批拟认定高新技术企业名单公示", HnteListKind.Proposed, 2024, 2)]
    [InlineData("关于公示湖南省2023年度第三批拟认定高新技术企业名单的通知", HnteListKind.Proposed, 2023, 3)]
    [InlineData("湖南省2022年第四批高新技术企业名单公告", HnteListKind.Recognized, 2022, 4)]
    [InlineData("湖南省２０２５年第２批认定高新技术企业名单公告", HnteListKind.Recognized, 2025, 2)]
    public void Classify_ReturnsKindYearAndBatch_WhenTitleIsAnHnteList(string title, HnteListKind kind, int year, int batch)
    {
        Assert.Equal(new NoticeTitleMatch<HnteListKind>(kind, year, batch), _classifier.Classify(title));
    }

    [Fact]
    public void Classify_ReturnsRevoked_BeforeCheckingOtherKinds()
    {
        var match = _classifier.Classify("关于取消湖南某某科技有限公司等2家企业高新技术企业资格的公告");

        Assert.Equal(new NoticeTitleMatch<HnteListKind>(HnteListKind.Revoked, null, null), match);
    }

    [Theory]
    [InlineData("关于公布湖南省2024年第一批入库科技型中小企业名单的通知")]
    [InlineData("关于公示2024年第一批拟认定高新技术企业及科技型中小企业名单的通知")]
    [InlineData("关于开展2025年度高新技术企业认定工作的通知")]
    [InlineData("关于广东省2023年第二批高新技术企业更名的公告")]
    public void Classify_ReturnsNull_WhenTitleIsNotAnHnteList(string title)
    {
        Assert.Null(_classifier.Classify(title));
    }

    [Theory]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("九十九", 99)]
    [InlineData("五", 5)]
    [InlineData("3", 3)]
    public void Classify_ReadsBatchNumber_WhenWrittenInChineseNumeralsOrDigits(string numeral, int expected)
    {
        var match = _classifier.Classify($"湖南省2024年第{numeral}批拟认定高新技术企业名单");

        Assert.Equal(expected, match!.BatchNo);
    }

    [Fact]
    public void Classify_ReadsYearWithoutBatch_WhenTitleNamesNoBatch()
    {
        var match = _classifier.Classify("关于公布湖南省2021年认定高新技术企业名单的通知");

        Assert.Equal(new NoticeTitleMatch<HnteListKind>(HnteListKind.Recognized, 2021, null), match);
    }

    [Fact]
    public void Classify_UsesConfiguredPatterns_WhenGiven()
    {
        var classifier = new NoticeTitleClassifier<HnteListKind>(HnteLists.TitleRules.WithPattern(HnteListKind.Recognized, "高企备案"));

        Assert.Equal(HnteListKind.Recognized, classifier.Classify("湖南省2024年第1批高企备案名单")!.Kind);
        Assert.Null(classifier.Classify("关于公布湖南省2024年第一批认定高新技术企业名单的通知"));
    }
}
