using System.Text;
using YuanlingTech.Connectors.Documents.Html;
using YuanlingTech.Connectors.Http;

namespace YuanlingTech.Connectors.Tests.Notices;

/// <summary>Every look-up of the file source answers what the byte source answers, across window boundaries.</summary>
public sealed class FileHtmlSourceTests : IDisposable
{
    private static readonly Uri Url = new("http://kjt.hunan.gov.cn/kjt/a.html");

    private readonly SpooledPages _pages = new();

    [Theory]
    [InlineData("utf-8", 256)]
    [InlineData("gb18030", 257)]
    [InlineData("utf-8", 4096)]
    public void LookUps_MatchTheByteSource_AtEveryWindowPosition(string charset, int window)
    {
        var encoding = charset == "gb18030" ? CharsetDecoder.Gb18030 : Encoding.UTF8;
        var bytes = encoding.GetBytes(LargeTablePages.Article(LargeTablePages.WordTable(60)));
        var spooled = _pages.Document(Url, bytes, charset).Spooled!;
        var memory = new ByteHtmlSource(bytes, encoding);
        using var file = new FileHtmlSource(spooled.Path, 0, spooled.Length, encoding, window);
        var random = new Random(7);

        Assert.Equal(memory.Length, file.Length);
        for (var probe = 0; probe < 3_000; probe++)
        {
            var from = random.Next(bytes.Length);
            Assert.Equal(memory[from], file[from]);
            Assert.Equal(memory.IndexOf('<', from), file.IndexOf('<', from));
            Assert.Equal(memory.IndexOf("-->", from), file.IndexOf("-->", from));
            Assert.Equal(memory.IndexOf("</td>", from), file.IndexOf("</td>", from));
            Assert.Equal(memory.IndexOfIgnoreCase("</table", from), file.IndexOfIgnoreCase("</table", from));
            Assert.Equal(memory.IndexOfIgnoreCase("<TR", from), file.IndexOfIgnoreCase("<TR", from));
            Assert.Equal(memory.At(from, "<td>"), file.At(from, "<td>"));
        }

        var tags = Enumerable.Range(0, bytes.Length).Where(index => bytes[index] == (byte)'<').ToList();
        for (var probe = 0; probe < 500; probe++)
        {
            var start = tags[random.Next(tags.Count)];
            var end = tags[random.Next(tags.Count)];
            (start, end) = start <= end ? (start, end) : (end, start);
            Assert.Equal(memory.Text(start, end - start), file.Text(start, end - start));
        }

        Assert.Equal(memory.Text(0, memory.Length), file.Text(0, file.Length));
    }

    public void Dispose() => _pages.Dispose();
}
