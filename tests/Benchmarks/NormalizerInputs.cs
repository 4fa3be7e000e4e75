using System.Globalization;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Benchmarks;

/// <summary>Deterministic inputs shaped like the simulator's published rows (valid codes, dirty names and amounts).</summary>
internal static class NormalizerInputs
{
    private const string UsccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] UsccWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrgWeights = [3, 7, 9, 10, 5, 8, 4, 2];
    private static readonly string[] Regions = ["怀化市沅陵县", "沅陵县", "长沙市", "湖南省株洲市天元区", "岳阳市 平江县"];

    /// <summary>A code valid under GB 32100 and GB 11714: 91 + division 431222 + organisation code + check.</summary>
    public static string Uscc(int seed)
    {
        var org = new char[9];
        var random = new Random(seed);
        for (var i = 0; i < 8; i++)
        {
            org[i] = (char)('0' + random.Next(10));
        }

        var orgSum = 0;
        for (var i = 0; i < 8; i++)
        {
            orgSum += (org[i] - '0') * OrgWeights[i];
        }

        var orgCheck = 11 - (orgSum % 11);
        org[8] = orgCheck switch { 10 => 'X', 11 => '0', _ => (char)('0' + orgCheck) };
        var body = "91431222" + new string(org);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += UsccAlphabet.IndexOf(body[i], StringComparison.Ordinal) * UsccWeights[i];
        }

        return body + UsccAlphabet[(31 - (sum % 31)) % 31];
    }

    public static string Name(int i) => i % 3 == 0 ? $" 沅陵县第{i}科技有限公司（盖章） " : $"湖南{i}号新材料股份有限公司";

    public static string Amount(int i) => (i % 4) switch
    {
        0 => "1,234.56",
        1 => "３５０万元",
        2 => "12.5 万",
        _ => (i * 1000.25m).ToString(CultureInfo.InvariantCulture),
    };

    public static IReadOnlyList<RawRecord> HnteRows(int count) => Enumerable.Range(1, count)
        .Select(i => new RawRecord(
            "http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/202403/t20240315_1.html",
            i,
            new Dictionary<string, string?>
            {
                [RawColumns.SerialNo] = i.ToString(CultureInfo.InvariantCulture),
                [RawColumns.EnterpriseName] = Name(i),
                [RawColumns.Uscc] = Uscc(i),
                [RawColumns.Region] = Regions[i % Regions.Length],
                [RawColumns.CertificateNo] = $"GR2024430{i:00000}",
                [RawColumns.IssueDate] = "2024-12-02",
            }))
        .ToList();
}
