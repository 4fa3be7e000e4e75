using YuanlingTech.Connectors.Http;

namespace YuanlingTech.Connectors.Tests.Http;

public sealed class Gb18030ValidityTests
{
    [Theory]
    [InlineData("abc")]
    [InlineData("高新技术企业")]
    [InlineData("\U00020000 € ・ 〇")]
    public void FirstInvalid_ReturnsMinusOne_WhenTheBytesAreWhatGb18030Encodes(string text) =>
        Assert.Equal(-1, Gb18030Validity.FirstInvalid(CharsetDecoder.Gb18030.GetBytes(text), final: true, out _));

    [Theory]
    [InlineData(new byte[] { 0x41, 0x80 }, 1)]
    [InlineData(new byte[] { 0x41, 0xFF, 0x41 }, 1)]
    [InlineData(new byte[] { 0xB8, 0xDF, 0xB8, 0x7F }, 2)]
    [InlineData(new byte[] { 0xB8, 0x20 }, 0)]
    [InlineData(new byte[] { 0x95, 0x32, 0x41, 0x36 }, 0)]
    [InlineData(new byte[] { 0x41, 0xB8 }, 1)]
    [InlineData(new byte[] { 0x95, 0x32, 0x82 }, 0)]
    public void FirstInvalid_ReturnsTheOffset_WhenASequenceIsInvalidOrCutAtTheEnd(byte[] bytes, int offset) =>
        Assert.Equal(offset, Gb18030Validity.FirstInvalid(bytes, final: true, out _));

    [Fact]
    public void FirstInvalid_LeavesACutSequenceForTheNextWindow_WhenNotFinal()
    {
        var invalid = Gb18030Validity.FirstInvalid([0x41, 0x95, 0x32, 0x82], final: false, out var consumed);

        Assert.Equal(-1, invalid);
        Assert.Equal(1, consumed);
    }
}
