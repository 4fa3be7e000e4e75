using YuanlingTech.Normalization.Regions;

namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>Picks the firms of a batch: a Yuanling quota, expired holders re-applying, then new applicants.</summary>
internal sealed class FirmSelector(Random random, EnterprisePool pool, double scale)
{
    private const double YuanlingShare = 0.0032;

    public List<Enterprise> Select(DateOnly recognitionDay)
    {
        var size = Math.Max(5, (int)Math.Round(2000 * scale * (0.8 + (0.4 * random.NextDouble()))));
        var quota = Math.Max(1, (int)Math.Round(size * YuanlingShare));
        var cutoff = recognitionDay.AddDays(-6);
        bool Eligible(Enterprise e) => !e.Pending && (e.CertifiedUntil is null || e.CertifiedUntil < cutoff);

        var chosen = pool.Yuanling.Where(Eligible).OrderBy(_ => random.Next()).Take(quota).ToList();
        MarkPending(chosen);
        var start = random.Next(pool.Others.Count);
        for (var k = 0; k < pool.Others.Count; k++)
        {
            var firm = pool.Others[(start + k) % pool.Others.Count];
            if (chosen.Count >= size / 2)
            {
                break;
            }

            if (firm.CertifiedUntil is not null && Eligible(firm) && random.NextDouble() < 0.6)
            {
                firm.Pending = true;
                chosen.Add(firm);
            }
        }

        for (var attempt = 0; chosen.Count < size && attempt < size * 50; attempt++)
        {
            var firm = pool.Others[random.Next(pool.Others.Count)];
            if (Eligible(firm))
            {
                firm.Pending = true;
                chosen.Add(firm);
            }
        }

        return chosen
            .OrderBy(f => f.RegionCode == HunanDivisions.Yuanling ? HunanDivisions.Huaihua : f.RegionCode, StringComparer.Ordinal)
            .ThenBy(f => f.Index)
            .ToList();
    }

    private static void MarkPending(List<Enterprise> firms)
    {
        foreach (var firm in firms)
        {
            firm.Pending = true;
        }
    }
}
