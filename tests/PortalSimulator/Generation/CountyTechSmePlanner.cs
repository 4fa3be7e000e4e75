namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>
/// Plans the county of interest's tech-SME registrations at real size on the province's batch calendar: each year
/// most of last year's firms register again and new ones join, a few are removed within the year (so a year's
/// figure is final on 31 December), a few applicants never get past the 公示. Registrations standing at year end:
/// 38 in 2020, 39 in 2021, 223 in 2025.
/// </summary>
internal static class CountyTechSmePlanner
{
    /// <summary>Share of last year's registered firms that register again.</summary>
    private const double Continuing = 0.85;

    // Registrations standing at year end (入库, not removed), removals within the year, applicants dropped after the 公示.
    private static readonly Dictionary<int, (int Registered, int Removed, int Dropped)> Years = new()
    {
        [2019] = (31, 0, 1),
        [2020] = (38, 1, 1),
        [2021] = (39, 1, 2),
        [2022] = (84, 2, 2),
        [2023] = (142, 2, 3),
        [2024] = (187, 3, 3),
        [2025] = (223, 3, 4),
        [2026] = (236, 2, 4),
        [2027] = (252, 3, 4),
    };

    public static CountyTechSmePlan Plan(
        Random random, IReadOnlyList<Enterprise> firms, IReadOnlyList<TechSmeBatch> batches, IReadOnlyList<TechSmeRemovalNotice> notices)
    {
        var plan = new CountyTechSmePlan();
        List<Enterprise> last = [];
        foreach (var year in batches.Select(b => b.Year).Distinct().Order())
        {
            var yearBatches = batches.Where(b => b.Year == year).OrderBy(b => b.Number).ToList();
            var (registered, removed, dropped) = Years.GetValueOrDefault(year, (0, 0, 0));
            // A removal needs a notice of the year published after the batch's final list.
            var slots = notices.Where(n => n.At.Year == year)
                .SelectMany(n => yearBatches.Where(b => b.FinalAt < n.At).Select(b => (Notice: n, Batch: b)))
                .ToList();
            var removals = slots.Count == 0 ? [] : Enumerable.Range(0, removed).Select(_ => slots[random.Next(slots.Count)]).ToList();
            var gross = registered + removals.Count;
            var again = last.OrderBy(_ => random.Next()).Take(Math.Min(gross, (int)Math.Round(last.Count * Continuing))).ToList();
            var chosen = again.ToHashSet();
            var joining = firms.Where(f => !chosen.Contains(f)).OrderBy(_ => random.Next()).Take(gross - again.Count).ToList();
            var yearFirms = again.Concat(joining).OrderBy(_ => random.Next()).ToList();
            var inBatch = yearBatches.ToDictionary(b => b, _ => new List<Enterprise>());
            for (var i = 0; i < yearFirms.Count; i++)
            {
                var batch = yearBatches[i % yearBatches.Count];
                inBatch[batch].Add(yearFirms[i]);
                plan.Register(batch, yearFirms[i]);
            }

            var outsiders = firms.Where(f => !chosen.Contains(f) && !joining.Contains(f)).OrderBy(_ => random.Next()).Take(dropped);
            foreach (var firm in outsiders)
            {
                plan.Drop(yearBatches[random.Next(yearBatches.Count)], firm);
            }

            var gone = new HashSet<Enterprise>();
            foreach (var (notice, batch) in removals)
            {
                var firm = inBatch[batch].Where(f => !gone.Contains(f)).OrderBy(_ => random.Next()).First();
                gone.Add(firm);
                plan.Remove(notice, batch, firm);
            }

            last = yearFirms.Where(f => !gone.Contains(f)).ToList();
        }

        return plan;
    }
}
