using System.Text;
using YuanlingTech.Connectors.Http;

namespace YuanlingTech.Reliability.Tests.Http;

/// <summary>A charset label the bytes contradict loses to the bytes, in both directions portals get it wrong.</summary>
public sealed class CharsetDecoderMislabelTests
{
    private const string Html = "<html><head><meta charset=\"gb2312\"></head><body><td>湖南省高新技术企业</td></body></html>";

    [Fact]
    public void Decode_ReadsUtf8_WhenUtf8BytesAreLabelledGb2312()
    {
        var decoded = CharsetDecoder.Decode(Encoding.UTF8.GetBytes(Html), headerCharset: "gb2312");

        Assert.Equal(Html, decoded.Text);
        Assert.Equal("utf-8", decoded.Charset);
    }

    [Fact]
    public void Decode_ReadsGb18030_WhenGbkBytesAreLabelledUtf8()
    {
        var decoded = CharsetDecoder.Decode(CharsetDecoder.Gb18030.GetBytes(Html), headerCharset: "utf-8");

        Assert.Equal(Html, decoded.Text);
        Assert.Equal(CharsetDecoder.Gb18030.WebName, decoded.Charset);
    }

    [Fact]
    public void Decode_KeepsTheLabel_WhenTheBytesAgreeWithIt()
    {
        var decoded = CharsetDecoder.Decode(CharsetDecoder.Gb18030.GetBytes(Html), headerCharset: "gbk");

        Assert.Equal(Html, decoded.Text);
    }
}
