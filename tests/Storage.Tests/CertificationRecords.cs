using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Storage.Tests;

/// <summary>Builds certification records for tests; every value not given is a plausible default.</summary>
public static class CertificationRecords
{
    public static CertificationRecord Recognized(
        string certificateNo, string name, string regionCode, string? uscc = null, DateOnly? issueDate = null, int rowNumber = 1)
    {
        var issued = issueDate ?? new DateOnly(2024, 12, 1);
        return new CertificationRecord
        {
            NaturalKey = $"hnte:{certificateNo}",
            Kind = "hnte",
            Status = "recognized",
            CertificateNo = certificateNo,
            Uscc = uscc,
            UsccPublished = uscc,
            UsccQuality = uscc is null ? "absent" : "valid",
            EnterpriseName = name,
            NameKey = name,
            RegionCode = regionCode,
            BatchYear = issued.Year,
            BatchNo = 1,
            IssueDate = issued,
            ValidFrom = issued,
            ValidTo = issued.AddYears(3).AddDays(-1),
            PublishedOn = issued.AddDays(20),
            DocumentUrl = $"http://kjt.example/hnte/{issued.Year}.html",
            RowNumber = rowNumber,
        };
    }

    public static CertificationRecord Proposed(string name, string regionCode, string? uscc, DateOnly publishedOn, int rowNumber = 1) => new()
    {
        NaturalKey = $"hnte:proposed:{publishedOn.Year}:{uscc ?? name}",
        Kind = "hnte",
        Status = "proposed",
        Uscc = uscc,
        UsccPublished = uscc,
        UsccQuality = uscc is null ? "absent" : "valid",
        EnterpriseName = name,
        NameKey = name,
        RegionCode = regionCode,
        BatchYear = publishedOn.Year,
        PublishedOn = publishedOn,
        DocumentUrl = $"http://kjt.example/hnte/proposed-{publishedOn:yyyyMMdd}.html",
        RowNumber = rowNumber,
    };

    public static CertificationRecord Revoked(string? certificateNo, string name, string regionCode, DateOnly revokedFrom, int rowNumber = 1) => new()
    {
        NaturalKey = $"hnte:revoked:{revokedFrom.Year}:{certificateNo ?? name}",
        Kind = "hnte",
        Status = "revoked",
        CertificateNo = certificateNo,
        UsccQuality = "absent",
        EnterpriseName = name,
        NameKey = name,
        RegionCode = regionCode,
        BatchYear = revokedFrom.Year,
        RevokedFrom = revokedFrom,
        RevocationReason = "test",
        PublishedOn = revokedFrom,
        DocumentUrl = $"http://kjt.example/hnte/revoked-{revokedFrom.Year}.html",
        RowNumber = rowNumber,
    };
}
