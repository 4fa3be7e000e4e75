using YuanlingTech.Connectors.Sources.KjtHnte.National;

namespace YuanlingTech.Connectors.Tests.Sources.KjtHnte;

public class NationalTitleClassifierTests
{
    [Theory]
    [InlineData("关于对湖南省认定机构2024年认定报备的第一批高新技术企业进行备案的公告", NationalListKind.Filing, 2024, 1)]
    [InlineData("关于对湖南省认定机构2023年认定报备的第三批高新技术企业进行备案的公告", NationalListKind.Filing, 2023, 3)]
    [InlineData("关于湖南省2023年第二批高新技术企业更名的公告", NationalListKind.Rename, 2023, 2)]
    public void Classify_ReturnsKindYearAndBatch_WhenFilingOrRename(string title, NationalListKind kind, int year, int batch)
    {
        Assert.Equal(new NationalTitleMatch(kind, year, batch), NationalTitleClassifier.Classify(title));
    }

    [Theory]
    [InlineData("湖南省认定机构2024年认定报备的第一批高新技术企业备案公示名单")]
    [InlineData("关于公布湖南省2024年第一批高新技术企业认定名单的通知")]
    [InlineData("关于湖南省2024年第一批科技型中小企业的公告")]
    public void Classify_ReturnsNull_WhenNotAFilingOrRenameList(string title)
    {
        Assert.Null(NationalTitleClassifier.Classify(title));
    }
}
