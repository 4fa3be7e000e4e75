using YuanlingTech.Normalization.Hnte;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Normalization.Tests.Hnte;

internal static class HnteRows
{
    public const string Url = "https://kjt.hunan.gov.cn/kjt/xxgk/tzgg/t20241211_1.html";
    public static readonly DateOnly PublishedOn = new(2024, 12, 11);

    public static HnteListContext Context(HnteListKind kind, int? batchNo = 2) =>
        new(kind, 2024, batchNo, PublishedOn, "湖南省2024年第二批高新技术企业名单");

    public static RawRecord Row(
        int rowNumber,
        string? name = "沅陵县辰州科技（湖南）有限公司",
        string? uscc = null,
        string? region = null,
        string? certificateNo = null,
        string? issueDate = null,
        string? reason = null,
        string? revocationYear = null)
    {
        var fields = new Dictionary<string, string?>
        {
            [RawColumns.SerialNo] = rowNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [RawColumns.EnterpriseName] = name,
        };
        Add(fields, RawColumns.Uscc, uscc);
        Add(fields, RawColumns.Region, region);
        Add(fields, RawColumns.CertificateNo, certificateNo);
        Add(fields, RawColumns.IssueDate, issueDate);
        Add(fields, RawColumns.RevocationReason, reason);
        Add(fields, RawColumns.RevocationYear, revocationYear);
        return new RawRecord(Url, rowNumber, fields);
    }

    private static void Add(Dictionary<string, string?> fields, string column, string? value)
    {
        if (value is not null)
        {
            fields[column] = value;
        }
    }
}
