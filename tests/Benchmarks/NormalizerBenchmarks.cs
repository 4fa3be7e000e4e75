using BenchmarkDotNet.Attributes;
using YuanlingTech.Normalization.Amounts;
using YuanlingTech.Normalization.Hnte;
using YuanlingTech.Normalization.Names;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Normalization.Uscc;

namespace YuanlingTech.Benchmarks;

/// <summary>The per-row normalizers on 2,000 rows (one large list); each returns a count so nothing is optimised away.</summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
public class NormalizerBenchmarks
{
    public const int Rows = 2000;

    private static readonly HnteListContext Recognized = new(HnteListKind.Recognized, 2024, 1, new DateOnly(2024, 12, 2), "湖南省2024年第一批认定报备高新技术企业名单");

    private IReadOnlyList<RawRecord> _hnteRows = [];
    private string[] _usccs = [];
    private string[] _names = [];
    private string[] _amounts = [];

    [GlobalSetup]
    public void Setup()
    {
        _hnteRows = NormalizerInputs.HnteRows(Rows);
        _usccs = Enumerable.Range(1, Rows).Select(NormalizerInputs.Uscc).ToArray();
        _names = Enumerable.Range(1, Rows).Select(NormalizerInputs.Name).ToArray();
        _amounts = Enumerable.Range(1, Rows).Select(NormalizerInputs.Amount).ToArray();
    }

    [Benchmark]
    public int HnteRows() => HnteRecordNormalizer.Normalize(_hnteRows, Recognized).Records.Count;

    [Benchmark]
    public int Uscc() => _usccs.Count(u => UsccNormalizer.Normalize(u).IsValid);

    [Benchmark]
    public int NameKey() => _names.Sum(n => EnterpriseNameNormalizer.MatchKey(n).Length);

    [Benchmark]
    public int Amounts() => _amounts.Count(a => AmountParser.ParseYuan(a, AmountUnit.WanYuan).IsSuccess);
}
