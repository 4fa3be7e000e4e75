using YuanlingTech.PortalSimulator.Generation;
using YuanlingTech.PortalSimulator.Sources.HnteNational;
using YuanlingTech.PortalSimulator.Sources.KvLoans;
using YuanlingTech.PortalSimulator.Sources.Manual;
using YuanlingTech.PortalSimulator.Sources.MarketContracts;

namespace YuanlingTech.PortalSimulator.Truth;

/// <summary>Counts each source's published records and documents, the volume a full sync from empty reads.</summary>
internal static class VolumeCounter
{
    /// <summary>The kv-loans connector's default page size.</summary>
    private const int LoanApiPageSize = 200;

    public static IReadOnlyList<SourceVolume> Count(Province province, GroundTruth truth)
    {
        var volumes = new List<SourceVolume>();
        var hnte = province.Articles.Where(a => a.IsHnte).ToList();
        var national = truth.Sources.TryGetValue(HnteNationalModule.SourceId, out var n) ? n as HnteNationalTruth : null;
        volumes.Add(new SourceVolume(
            "kjt-hnte",
            hnte.Sum(a => a.Rows.Count) + (national is null ? 0 : national.Certificates.Count + national.Renames.Count),
            truth.Hnte.DocumentCount + (national?.AnnouncementCount ?? 0)));
        if (truth.Sources.TryGetValue(TechSmeTruth.SourceId, out var t) && t is TechSmeTruth techSme)
        {
            volumes.Add(new SourceVolume(TechSmeTruth.SourceId, province.Articles.Where(a => a.IsTechSme).Sum(a => a.TechSmeRows.Count), techSme.DocumentCount));
        }

        if (truth.Sources.TryGetValue(MarketContractsModule.SourceId, out var m) && m is MarketContractsTruth market)
        {
            volumes.Add(new SourceVolume(MarketContractsModule.SourceId, market.RowCount, market.Months.Sum(x => x.Pages)));
        }

        if (truth.Sources.TryGetValue(KvLoansModule.SourceId, out var l) && l is KvLoansTruth loans)
        {
            volumes.Add(new SourceVolume(KvLoansModule.SourceId, loans.ApiItemCount, Math.Max(1, (loans.ApiItemCount + LoanApiPageSize - 1) / LoanApiPageSize)));
        }

        if (truth.Sources.TryGetValue(ManualSourceModule.SourceId, out var f) && f is ManualTruth manual)
        {
            volumes.Add(new SourceVolume(ManualSourceModule.SourceId, manual.RdSpendingRows + manual.PlatformRows + manual.TargetRows + manual.GdpRows + manual.ChallengeProjectRows, manual.Files.Count));
        }

        return volumes;
    }
}
