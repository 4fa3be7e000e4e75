using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.Documents.Html;
using YuanlingTech.Connectors.NoticeColumns;
using YuanlingTech.Connectors.Sources.KjtHnte;
using YuanlingTech.Connectors.Tests.Notices;
using YuanlingTech.Normalization.Hnte;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.Tests.Sources.KjtHnte.Extraction;

public class HnteArticleExtractorTests
{
    private const string Column = "http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/";

    private readonly ArticleParser _parser = new();
    private readonly NoticeListExtractor<HnteListKind, HnteListContext> _extractor = HnteLists.ListExtractor;
    private readonly NoticeTitleClassifier<HnteListKind> _classifier = HnteLists.TitleClassifier;

    [Fact]
    public void Extract_MapsWordPastedTable_WhenRecognizedListIsInline()
    {
        var (article, match) = Load("recognized-word-table.html", "202403/t20240315_123456.html");

        var extraction = _extractor.Extract(article, match, NoAttachments);

        Assert.Equal(
            new HnteListContext(HnteListKind.Recognized, 2024, 1, new DateOnly(2024, 3, 15), "关于公布湖南省2024年第一批认定高新技术企业名单的通知"),
            extraction.Context);
        Assert.Equal([1, 2, 4], extraction.Records.ToList().Select(r => r.RowNumber));
        var second = extraction.Records.ToList()[1];
        Assert.Equal("湖南五强溪 新能源（沅陵）有限公司", second[RawColumns.EnterpriseName]);
        Assert.Equal("GR202443000102", second[RawColumns.CertificateNo]);
        Assert.Equal("2024-03-05", second[RawColumns.IssueDate]);
        Assert.Equal("怀化市", second[RawColumns.Region]);
        Assert.Equal(article.Url.AbsoluteUri, second.DocumentUrl);
    }

    [Fact]
    public void Extract_ReadsXlsxAttachment_WhenBodyHasNoTable()
    {
        var (article, match) = Load("proposed-xlsx-attachment.html", "202403/t20240310_123001.html");
        var opened = new List<string>();

        var extraction = _extractor.Extract(article, match, attachment =>
        {
            opened.Add(attachment.Extension);
            return XlsxFixture.Create(
                ["湖南省2024年第二批拟认定高新技术企业名单", null, null, null],
                ["序号", "企业名称", "统一社会信用代码", "所属地区"],
                [1, "沅陵县辰州矿业科技有限公司", "91431222MA4L41Y04R", "怀化市"],
                [2, "湖南星城智能装备股份有限公司", null, "长沙市"]);
        });

        Assert.Equal(["xlsx"], opened);
        Assert.Equal(new HnteListContext(HnteListKind.Proposed, 2024, 2, new DateOnly(2024, 3, 10), article.Title), extraction.Context);
        Assert.Equal(article.Attachments[0].Url, extraction.TableUrl);
        Assert.Equal(2, extraction.Records.ToList().Count);
        Assert.Equal("91431222MA4L41Y04R", extraction.Records.ToList()[0][RawColumns.Uscc]);
        Assert.Null(extraction.Records.ToList()[1][RawColumns.Uscc]);
        Assert.All(extraction.Records.ToList(), r => Assert.Equal(article.Attachments[0].Url.AbsoluteUri, r.DocumentUrl));
    }

    [Fact]
    public void Extract_ReadsTheSameRecords_WhenTheXlsxAttachmentStacksAMergedHeader()
    {
        var (article, match) = Load("proposed-xlsx-attachment.html", "202403/t20240310_123001.html");

        var plain = _extractor.Extract(article, match, _ => XlsxFixture.Create(
            ["湖南省2024年第二批拟认定高新技术企业名单", null, null, null],
            ["序号", "企业名称", "统一社会信用代码", "所属地区"],
            [1, "沅陵县辰州矿业科技有限公司", "91431222MA4L41Y04R", "怀化市"],
            [2, "湖南星城智能装备股份有限公司", null, "怀化市"]));
        var stacked = _extractor.Extract(article, match, _ => RawXlsx.Create(
            RawXlsx.InlineRows(
                ["湖南省2024年第二批拟认定高新技术企业名单"],
                ["序号", "企业信息", null, "所属地区"],
                [null, "企业名称", "统一社会信用代码"],
                ["1", "沅陵县辰州矿业科技有限公司", "91431222MA4L41Y04R", "怀化市"],
                ["2", "湖南星城智能装备股份有限公司"]),
            merges: ["A1:D1", "A2:A3", "B2:C2", "D2:D3", "D4:D5"]));

        Assert.Equal(plain.Context, stacked.Context);
        Assert.Equal(plain.TableUrl, stacked.TableUrl);
        var expected = plain.Records.ToList();
        var actual = stacked.Records.ToList();
        Assert.Equal(2, actual.Count);
        Assert.Equal(expected.Select(r => (r.DocumentUrl, r.RowNumber)), actual.Select(r => (r.DocumentUrl, r.RowNumber)));
        Assert.Equal(expected.Select(r => r.Fields.OrderBy(f => f.Key, StringComparer.Ordinal)), actual.Select(r => r.Fields.OrderBy(f => f.Key, StringComparer.Ordinal)));
        Assert.Equal("怀化市", actual[1][RawColumns.Region]);
    }

    [Fact]
    public void Extract_FilesRevokedListUnderPublicationYear_WhenTitleNamesCertificateYear()
    {
        var (article, match) = Load("revoked-inline.html", "202402/t20240228_122800.html");

        var extraction = _extractor.Extract(article, match, NoAttachments);

        Assert.Equal(HnteListKind.Revoked, extraction.Context.Kind);
        Assert.Equal(2024, extraction.Context.BatchYear);
        Assert.Equal("发生重大安全事故", extraction.Records.ToList()[1][RawColumns.RevocationReason]);
        Assert.Equal("GR202143005678", extraction.Records.ToList()[1][RawColumns.CertificateNo]);
    }

    [Fact]
    public void Extract_ThrowsNamingUrlAndMissingColumns_WhenTableLayoutChanged()
    {
        var (article, match) = Load("layout-changed.html", "202312/t20231220_120000.html");

        var error = Assert.Throws<LayoutChangedException>(() => _extractor.Extract(article, match, NoAttachments));

        Assert.Contains(article.Url.AbsoluteUri, error.Message, StringComparison.Ordinal);
        Assert.Contains("enterprise_name", error.Message, StringComparison.Ordinal);
        Assert.Contains("certificate_no", error.Message, StringComparison.Ordinal);
        Assert.Contains("公司", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ThrowsNamingAttachment_WhenXlsxAttachmentUnavailable()
    {
        var (article, match) = Load("proposed-xlsx-attachment.html", "202403/t20240310_123001.html");

        var error = Assert.Throws<LayoutChangedException>(() => _extractor.Extract(article, match, NoAttachments));

        Assert.Contains(article.Url.AbsoluteUri, error.Message, StringComparison.Ordinal);
        Assert.Contains("P020240310581914886500.xlsx: not available", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_Throws_WhenArticleHasNoPublicationDate()
    {
        var url = new Uri(Column + "202403/t20240301_1.html");
        var article = new NoticeArticle(url, "湖南省2024年第一批拟认定高新技术企业名单", null, null, [], []);

        var error = Assert.Throws<LayoutChangedException>(
            () => _extractor.Extract(article, new NoticeTitleMatch<HnteListKind>(HnteListKind.Proposed, 2024, 1), NoAttachments));

        Assert.Contains(url.AbsoluteUri, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_SkipsTechSmeArticle_EvenThoughItsTableWouldMap()
    {
        var article = _parser.Parse(TestPages.Read("Sources", "KjtHnte", "Pages", "unrelated-techsme.html"), new Uri(Column + "202403/t20240302_122950.html"), TestContext.Current.CancellationToken);

        Assert.Null(_classifier.Classify(article.Title));
    }

    private static Stream? NoAttachments(Attachment attachment) => null;

    private (NoticeArticle Article, NoticeTitleMatch<HnteListKind> Match) Load(string page, string path)
    {
        var article = _parser.Parse(TestPages.Read("Sources", "KjtHnte", "Pages", page), new Uri(Column + path), TestContext.Current.CancellationToken);
        var match = _classifier.Classify(article.Title) ?? throw new InvalidOperationException($"{page} did not classify");
        return (article, match);
    }
}
