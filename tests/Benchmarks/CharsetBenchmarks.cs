using BenchmarkDotNet.Attributes;
using YuanlingTech.Connectors.Http;

namespace YuanlingTech.Benchmarks;

/// <summary>
/// What checking a GB2312-labelled page's bytes before trusting its label costs, next to decoding it (which every parse
/// does anyway): <see cref="CharsetDecoder.Detect(ReadOnlySpan{byte}, string?, string?)"/> scans the whole page.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
public class CharsetBenchmarks
{
    private byte[] _gbkArticle = [];

    [GlobalSetup]
    public void Setup() => _gbkArticle = CharsetDecoder.Gb18030.GetBytes(SyntheticPages.BigTableArticle(ParsingBenchmarks.TableRows));

    [Benchmark(Baseline = true)]
    public int Decode_Gb18030() => CharsetDecoder.Gb18030.GetCharCount(_gbkArticle);

    [Benchmark]
    public int Detect_Gb2312Label() => CharsetDecoder.Detect(_gbkArticle, "gb2312").Encoding.CodePage;
}
