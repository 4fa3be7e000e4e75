using System.Text;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Connectors.Tests.Notices;

namespace YuanlingTech.Connectors.Tests.Http;

/// <summary>Bytes that contradict their label are decoded by detection; bytes valid in no charset tried are refused, never decoded as mojibake.</summary>
public sealed class CharsetRefusalTests : IDisposable
{
    private static readonly Uri Url = new("http://kjt.example/kjt/xxgk/tzgg/202506/t20250603_1.html");

    private readonly SpooledPages _spooled = new();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Decode_ReadsUtf8_WhenGb2312LabelledBytesAreUtf8(bool spooled)
    {
        var html = "<html><head><meta charset=\"gb2312\"></head><body>湖南省高新技术企业名单 长沙市某某科技有限公司</body></html>";
        var document = Document(Encoding.UTF8.GetBytes(html), "gb2312", spooled);

        var decoded = CharsetDecoder.Decode(document, overrideCharset: null);

        Assert.Equal("utf-8", decoded.Charset);
        Assert.Equal(html, decoded.Text);
    }

    [Theory]
    [InlineData("gb2312", false)]
    [InlineData("gb2312", true)]
    [InlineData("utf-8", false)]
    [InlineData(null, true)]
    public void Detect_RefusesNamingTheUrlAndOffset_WhenTheBytesAreValidInNoCharset(string? label, bool spooled)
    {
        var head = CharsetDecoder.Gb18030.GetBytes("<html><body><table><tr><td>长沙市某某科技有限公司");
        var document = Document([.. head, 0xFF, .. "</td></tr></table></body></html>"u8], label, spooled);

        var error = Assert.Throws<SourceFetchException>(() => CharsetDecoder.Detect(document, overrideCharset: null));

        Assert.StartsWith($"GET {Url} failed: the bytes are valid in none of ", error.Message, StringComparison.Ordinal);
        Assert.Contains($"UTF-8, GB18030 (the first invalid byte at offset {head.Length})", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        if (label == "gb2312")
        {
            Assert.Contains("gb2312 (declared, read as GB18030)", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Detect_ReadsGb18030_WhenAFourByteSequenceCrossesTheSpoolScansWindow()
    {
        // U+20000 is four bytes in GB18030; 65,534 ASCII bytes before it put it across the 64 KiB window of the scan.
        var bytes = CharsetDecoder.Gb18030.GetBytes(new string(' ', 65_534) + "\U00020000企业");
        var document = Document(bytes, "gbk", spooled: true);

        Assert.Equal(CharsetDecoder.Gb18030.CodePage, CharsetDecoder.Detect(document, overrideCharset: null).Encoding.CodePage);
    }

    [Fact]
    public void Detect_KeepsTheOverride_WhenTheAdminForcesACharset()
    {
        var document = Document([0x41, 0xFF, 0x42], "gb2312", spooled: false);

        Assert.Equal("iso-8859-1", CharsetDecoder.Detect(document, "iso-8859-1").Encoding.WebName);
    }

    public void Dispose() => _spooled.Dispose();

    private FetchedDocument Document(byte[] bytes, string? label, bool spooled) => spooled
        ? _spooled.Document(Url, bytes, label)
        : new FetchedDocument { Url = Url, StatusCode = 200, Body = bytes, HeaderCharset = label };
}
