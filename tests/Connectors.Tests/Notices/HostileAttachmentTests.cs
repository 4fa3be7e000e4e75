using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.NoticeColumns;
using YuanlingTech.Connectors.Sources.KjtHnte;
using YuanlingTech.Connectors.Sources.KjtTechSme;
using YuanlingTech.Normalization.TechSme;

namespace YuanlingTech.Connectors.Tests.Notices;

/// <summary>An xlsx attachment beyond the limits fails its article as a layout change naming the attachment's URL.</summary>
public class HostileAttachmentTests
{
    private const string Column = "http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/";

    public static TheoryData<string, string> Hostile => new()
    {
        { """<sheetData><row r="2000000000"><c r="A2000000000"><v>1</v></c></row></sheetData>""", "(Xlsx:MaxRows)" },
        { """<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="XFD1"><v>1</v></c></row></sheetData>""", "(Xlsx:MaxColumns)" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Extract_FailsNamingTheAttachmentUrl_WhenItsXlsxExceedsTheLimits(string worksheet, string limit)
    {
        var article = new ArticleParser().Parse(
            TestPages.Read("Sources", "KjtHnte", "Pages", "proposed-xlsx-attachment.html"), new Uri(Column + "202403/t20240310_123001.html"), CancellationToken.None);
        var match = HnteLists.TitleClassifier.Classify(article.Title)!;

        var error = Assert.Throws<LayoutChangedException>(() => HnteLists.ListExtractor.Extract(article, match, _ => HostileXlsx.Sheet(worksheet)));

        Assert.Contains(article.Attachments[0].Url.AbsoluteUri, error.Message, StringComparison.Ordinal);
        Assert.Contains(limit, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void TechSmeExtract_FailsNamingTheAttachmentUrl_WhenItsXlsxIsABomb()
    {
        var article = new ArticleParser().Parse(
            TestPages.Read("Sources", "KjtHnte", "Pages", "proposed-xlsx-attachment.html"), new Uri(Column + "202403/t20240310_123001.html"), CancellationToken.None);
        var match = new NoticeTitleMatch<TechSmeListKind>(TechSmeListKind.Proposed, 2024, 1);

        var error = Assert.Throws<LayoutChangedException>(
            () => TechSmeLists.ListExtractor.Extract(article, match, _ => HostileXlsx.Bomb(paddingBytes: 200L * 1024 * 1024)));

        Assert.Contains(article.Attachments[0].Url.AbsoluteUri, error.Message, StringComparison.Ordinal);
        Assert.Contains("(Xlsx:MaxPartBytes)", error.Message, StringComparison.Ordinal);
    }
}
