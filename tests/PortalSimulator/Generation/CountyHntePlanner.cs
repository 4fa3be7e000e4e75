namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>
/// Plans the county of interest's HNTE history at real size on the province's batch calendar, so that its stock is
/// 14 certificates on 2020-12-31, 15 on 2021-12-31 and 47 on 2025-12-31 (20 applicants in 2025, one dropped), and 2026
/// runs behind: the 2023 certificates, all issued before December, expire during 2026 and few of their firms apply again.
/// </summary>
internal static class CountyHntePlanner
{
    /// <summary>Share of certificate slots given to a firm applying again (expired holder or earlier dropped applicant).</summary>
    private const double ReapplyShare = 0.3;

    /// <summary>The most active county firms apply for HNTE.</summary>
    private const int Applicants = 220;

    // Certificates per batch year in batches recognized before December and in December batches (none when the year
    // has no December batch), and applicants dropped between 公示 and recognition.
    private static readonly Dictionary<int, (int BeforeDecember, int December, int Dropped)> Years = new()
    {
        [2019] = (6, 0, 0),
        [2020] = (9, 0, 1),
        [2021] = (3, 0, 0),
        [2022] = (10, 0, 1),
        [2023] = (18, 0, 1),
        [2024] = (12, 0, 0),
        [2025] = (19, 0, 1),
        [2026] = (15, 6, 1),
        [2027] = (18, 4, 1),
    };

    // One revocation each: in Year, of a certificate of batch year Cohort (one or two years earlier, so valid all Year
    // and issued before 1 January of Year: a printed 取消年度 = Year never precedes the issue date).
    private static readonly (int Year, int Cohort)[] Revocations =
        [(2020, 2019), (2021, 2019), (2021, 2020), (2022, 2021), (2023, 2022), (2024, 2023), (2025, 2024), (2026, 2025), (2027, 2026)];

    public static CountyHntePlan Plan(
        Random random, IReadOnlyList<Enterprise> firms, IReadOnlyList<HnteBatch> batches, IReadOnlyList<RevocationNotice> notices)
    {
        var slots = Slots(random, batches);
        var plan = new CountyHntePlan();
        var state = new Dictionary<Enterprise, FirmState>();
        var fresh = new Queue<Enterprise>(firms.Take(Applicants).OrderBy(_ => random.Next()));
        var certificates = new List<(HnteBatch Batch, Enterprise Firm)>();
        foreach (var batch in batches.OrderBy(b => b.ProposedAt))
        {
            var (certs, drops) = slots.GetValueOrDefault(batch);
            for (var i = 0; i < certs + drops; i++)
            {
                var dropped = i >= certs;
                var again = dropped ? null : Reapplicant(random, state, batch);
                var firm = again ?? fresh.Dequeue();
                var firmState = state.TryGetValue(firm, out var known) ? known : state[firm] = new FirmState();
                firmState.BusyUntil = batch.RecognizedAt;
                if (dropped)
                {
                    firmState.DroppedIn = batch.Year;
                }
                else
                {
                    firmState.CertifiedUntil = batch.IssuedOn.AddYears(3).AddDays(-1);
                    certificates.Add((batch, firm));
                }

                plan.Propose(batch, firm, dropped);
            }
        }

        PlanRevocations(random, plan, certificates, notices);
        return plan;
    }

    private static Dictionary<HnteBatch, (int Certs, int Drops)> Slots(Random random, IReadOnlyList<HnteBatch> batches)
    {
        // The first recognized list never names the county, so InjectLayoutChange leaves the county's figures alone.
        var first = batches.MinBy(b => b.RecognizedAt);
        var slots = new Dictionary<HnteBatch, (int Certs, int Drops)>();
        foreach (var year in batches.Select(b => b.Year).Distinct().Order())
        {
            var usable = batches.Where(b => b.Year == year && b != first).OrderBy(b => b.ProposedAt).ToList();
            var early = usable.Where(b => b.RecognizedAt.Month < 12).ToList();
            early = early.Count > 0 ? early : usable;
            var december = usable.Except(early).ToList();
            var (beforeDecember, inDecember, dropped) = Years.GetValueOrDefault(year);
            void Add(List<HnteBatch> candidates, int certs, int drops)
            {
                var batch = candidates[random.Next(candidates.Count)];
                var (c, d) = slots.GetValueOrDefault(batch);
                slots[batch] = (c + certs, d + drops);
            }

            for (var i = 0; i < beforeDecember; i++)
            {
                Add(early, 1, 0);
            }

            for (var i = 0; i < inDecember && december.Count > 0; i++)
            {
                Add(december, 1, 0);
            }

            for (var i = 0; i < dropped; i++)
            {
                Add(early, 0, 1);
            }
        }

        return slots;
    }

    /// <summary>Now and then a firm that applied before: its certificate expired before the batch, or it was dropped in an earlier year.</summary>
    private static Enterprise? Reapplicant(Random random, Dictionary<Enterprise, FirmState> state, HnteBatch batch)
    {
        if (random.NextDouble() >= ReapplyShare)
        {
            return null;
        }

        var cutoff = DateOnly.FromDateTime(batch.RecognizedAt).AddDays(-6);
        var candidates = state
            .Where(s => s.Value.BusyUntil < batch.ProposedAt && s.Value.DroppedIn != batch.Year
                        && (s.Value.CertifiedUntil is null || s.Value.CertifiedUntil < cutoff))
            .Select(s => s.Key)
            .OrderBy(f => f.Index)
            .ToList();
        return candidates.Count == 0 ? null : candidates[random.Next(candidates.Count)];
    }

    private static void PlanRevocations(
        Random random, CountyHntePlan plan, List<(HnteBatch Batch, Enterprise Firm)> certificates, IReadOnlyList<RevocationNotice> notices)
    {
        var revoked = new HashSet<(HnteBatch, Enterprise)>();
        foreach (var (year, cohort) in Revocations)
        {
            var yearNotices = notices.Where(n => n.At.Year == year).OrderBy(n => n.At).ToList();
            // A firm certified again later keeps its history clean: only a firm's latest certificate is revoked.
            var cohortCertificates = certificates.Where(c => c.Batch.Year == cohort && !revoked.Contains(c)).ToList();
            var latest = cohortCertificates
                .Where(c => !certificates.Any(l => l.Firm == c.Firm && l.Batch.RecognizedAt > c.Batch.RecognizedAt))
                .ToList();
            var candidates = latest.Count > 0 ? latest : cohortCertificates;
            if (yearNotices.Count == 0 || candidates.Count == 0)
            {
                continue;
            }

            var chosen = candidates[random.Next(candidates.Count)];
            revoked.Add(chosen);
            var notice = yearNotices[random.Next(yearNotices.Count)];
            plan.Revoke(notice, new CountyRevocation(chosen.Batch, chosen.Firm, random.Next(2) == 0 ? year : null));
        }
    }

    private sealed class FirmState
    {
        public DateTime BusyUntil { get; set; }

        public DateOnly? CertifiedUntil { get; set; }

        public int? DroppedIn { get; set; }
    }
}
