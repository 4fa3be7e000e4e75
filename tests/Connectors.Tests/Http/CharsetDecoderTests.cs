using System.Text;
using YuanlingTech.Connectors.Http;

namespace YuanlingTech.Connectors.Tests.Http;

public sealed class CharsetDecoderTests
{
    private static string Page(string head) => $"<html><head>{head}</head><body>关于公布湖南省2024年第一批高新技术企业认定名单的通知（沅陵县）</body></html>";

    [Fact]
    public void Decode_ReadsGb2312MetaAsGb18030_WhenTheHeaderNamesNoCharset()
    {
        var html = Page("""<meta http-equiv="Content-Type" content="text/html; charset=gb2312">""");
        var bytes = CharsetDecoder.Gb18030.GetBytes(html);

        var decoded = CharsetDecoder.Decode(bytes, headerCharset: null);

        Assert.Equal(html, decoded.Text);
        Assert.Equal(CharsetDecoder.Gb18030.WebName, decoded.Charset);
    }

    [Fact]
    public void Decode_PrefersTheHeader_WhenHeaderAndMetaDisagree()
    {
        var html = Page("""<meta charset="gbk">""");

        var decoded = CharsetDecoder.Decode(Encoding.UTF8.GetBytes(html), headerCharset: "utf-8");

        Assert.Equal(html, decoded.Text);
    }

    [Fact]
    public void Decode_FallsBackToGb18030_WhenNothingIsDeclaredAndTheBytesAreNotUtf8()
    {
        var html = Page(string.Empty);

        var decoded = CharsetDecoder.Decode(CharsetDecoder.Gb18030.GetBytes(html), headerCharset: null);

        Assert.Equal(html, decoded.Text);
    }

    [Fact]
    public void Decode_UsesTheBom_WhenPresent()
    {
        var html = Page("""<meta charset="gb2312">""");
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(html)).ToArray();

        Assert.Equal(html, CharsetDecoder.Decode(bytes, headerCharset: null).Text);
    }

    [Fact]
    public void Decode_UsesTheOverride_WhenAPortalDeclaresTheWrongCharset()
    {
        var html = Page("""<meta charset="utf-8">""");

        var decoded = CharsetDecoder.Decode(CharsetDecoder.Gb18030.GetBytes(html), headerCharset: "utf-8", overrideCharset: "GBK");

        Assert.Equal(html, decoded.Text);
    }
}
