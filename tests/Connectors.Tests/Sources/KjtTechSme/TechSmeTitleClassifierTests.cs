using YuanlingTech.Connectors.NoticeColumns;
using YuanlingTech.Connectors.Sources.KjtHnte;
using YuanlingTech.Connectors.Sources.KjtTechSme;
using YuanlingTech.Normalization.Hnte;
using YuanlingTech.Normalization.TechSme;

namespace YuanlingTech.Connectors.Tests.Sources.KjtTechSme;

public class TechSmeTitleClassifierTests
{
    private readonly NoticeTitleClassifier<TechSmeListKind> _classifier = TechSmeLists.TitleClassifier;
    private readonly NoticeTitleClassifier<HnteListKind> _hnte = HnteLists.TitleClassifier;

    [Theory]
    [InlineData("关于公示湖南省2024年第三批拟入库科技型中小企业名单的通知", TechSmeListKind.Proposed, 2024, 3)]
    [InlineData("关于公布湖南省2023年第五批入库科技型中小企业名单的通知", TechSmeListKind.Registered, 2023, 5)]
    [InlineData("关于更正湖南省2024年第三批入库科技型中小企业名单的通知", TechSmeListKind.Corrected, 2024, 3)]
    [InlineData("关于撤销12家企业科技型中小企业入库登记编号的公告", TechSmeListKind.Removed, null, null)]
    [InlineData("关于将3家企业移出科技型中小企业库的公告", TechSmeListKind.Removed, null, null)]
    public void Classify_ReturnsKindYearAndBatch_WhenTitleIsATechSmeList(string title, TechSmeListKind kind, int? year, int? batch)
    {
        var match = _classifier.Classify(title);

        Assert.Equal(new NoticeTitleMatch<TechSmeListKind>(kind, year, batch), match);
        Assert.Null(_hnte.Classify(title));
    }

    [Theory]
    [InlineData("关于公示湖南省2024年第二批拟认定高新技术企业名单的通知")]
    [InlineData("关于公布湖南省2024年第二批高新技术企业认定名单的通知")]
    [InlineData("关于取消3家企业高新技术企业资格的公告")]
    [InlineData("关于组织申报2025年度湖南省重点研发计划项目的通知")]
    [InlineData("关于公布湖南省2024年第一批众创空间备案名单的通知")]
    public void Classify_ReturnsNull_WhenTitleIsNotATechSmeList(string title)
    {
        Assert.Null(_classifier.Classify(title));
    }
}
