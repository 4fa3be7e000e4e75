namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>Picks the province's firms of a batch (the county of interest's are planned apart): expired holders re-applying, then new applicants.</summary>
internal sealed class FirmSelector(Random random, EnterprisePool pool, double scale)
{
    public List<Enterprise> Select(DateOnly recognitionDay)
    {
        var size = Math.Max(5, (int)Math.Round(2000 * scale * (0.8 + (0.4 * random.NextDouble()))));
        var cutoff = recognitionDay.AddDays(-6);
        bool Eligible(Enterprise e) => !e.Pending && (e.CertifiedUntil is null || e.CertifiedUntil < cutoff);

        var chosen = new List<Enterprise>();
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

        return chosen;
    }
}
