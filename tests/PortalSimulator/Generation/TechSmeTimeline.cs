namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>
/// Tech-SME registration (科技型中小企业入库) from 2019 to the horizon: per year 3-5 batches, each a 公示 then a
/// 公布 with 入库登记编号, now and then a correction that re-publishes the batch, and removal notices. The calendar
/// is drawn first, so it does not depend on the scale; the county of interest's rows are planned on it from the
/// county's own stream (<see cref="CountyTechSmePlanner"/>).
/// </summary>
internal sealed class TechSmeTimeline(Random random, EnterprisePool pool, double scale, int seed)
{
    private readonly TechSmeRowFaults _faults = new(random, pool);
    private readonly List<Article> _articles = [];
    private readonly List<TechSmeBatch> _batches = [];
    private int _serial;

    public List<Article> Play(int lastYear)
    {
        var batches = new List<TechSmeBatch>();
        var notices = new List<TechSmeRemovalNotice>();
        for (var year = 2019; year <= lastYear; year++)
        {
            batches.AddRange(PlanBatches(year));
            if (year > 2019)
            {
                notices.AddRange(Enumerable.Range(0, random.Next(1, 4))
                    .Select(_ => new DateOnly(year, random.Next(3, 13), random.Next(1, 29)))
                    .Order()
                    .Select(day => new TechSmeRemovalNotice(RandomTime(day))));
            }
        }

        var county = CountyTechSmePlanner.Plan(CountyStreams.TechSme(seed), pool.County, batches, notices);
        var removals = new TechSmeRemovals(random, scale, pool);
        for (var year = 2019; year <= lastYear; year++)
        {
            var taken = new HashSet<Enterprise>();
            foreach (var batch in batches.Where(b => b.Year == year))
            {
                PlayBatch(batch, county, taken);
            }

            _articles.AddRange(removals.Play(notices.Where(n => n.At.Year == year), _batches, county));
        }

        return _articles;
    }

    private IEnumerable<TechSmeBatch> PlanBatches(int year)
    {
        var count = random.Next(3, 6);
        for (var b = 1; b <= count; b++)
        {
            var month = 2 + ((b - 1) * 9 / count) + random.Next(2);
            var proposedAt = RandomTime(new DateOnly(year, month, random.Next(1, 21)));
            var registeredAt = RandomTime(DateOnly.FromDateTime(proposedAt).AddDays(random.Next(14, 21)));
            DateTime? correctedAt = random.NextDouble() < 0.3 ? RandomTime(DateOnly.FromDateTime(registeredAt).AddDays(random.Next(10, 31))) : null;
            // A correction stays in the batch's year, so a year's registrations are final on 31 December.
            yield return new TechSmeBatch(year, b, proposedAt, registeredAt, correctedAt?.Year == year ? correctedAt : null);
        }
    }

    private void PlayBatch(TechSmeBatch batch, CountyTechSmePlan county, HashSet<Enterprise> taken)
    {
        // ~43,000 registrations a year at scale 1 (batches of 4,500-16,900 firms); the county's come on top.
        var size = Math.Max(3, (int)Math.Round(random.Next(4500, 16_901) * scale));
        var province = Pick(size, taken);
        var registered = county.Registered(batch);
        var proposed = pool.InListOrder(province.Concat(registered).Concat(county.Dropped(batch)));
        Propose(batch, proposed);
        var stays = registered.ToHashSet();
        Register(batch, proposed.Where(f => !pool.InCounty(f) || stays.Contains(f)).ToList());
        if (batch.CorrectedAt is { } correctedAt)
        {
            Correct(batch, correctedAt, taken);
        }

        _batches.Add(batch);
    }

    private List<Enterprise> Pick(int size, HashSet<Enterprise> taken)
    {
        var chosen = new List<Enterprise>();
        // Several batches share a year and a firm registers once a year: leave room for the later batches.
        var limit = Math.Min(size, (int)(pool.TechSmeApplicants.Count * 0.8) - taken.Count);
        for (var attempt = 0; chosen.Count < size && attempt < size * 20 && chosen.Count < limit; attempt++)
        {
            var firm = pool.TechSmeApplicants[random.Next(pool.TechSmeApplicants.Count)];
            if (taken.Add(firm))
            {
                chosen.Add(firm);
            }
        }

        return chosen;
    }

    private void Propose(TechSmeBatch batch, List<Enterprise> firms)
    {
        var article = NewArticle(ArticleKind.TechSmeProposed, batch.ProposedAt, batch, $"关于公示湖南省{batch.Year}年第{batch.Ordinal}批拟入库科技型中小企业名单的通知", $"湖南省{batch.Year}年第{batch.Ordinal}批拟入库科技型中小企业名单");
        article.TechSmeRows.AddRange(firms.Select(f => new TechSmeRow(f, batch, null)));
        _faults.Apply(article, batch.Year);
        _articles.Add(article);
    }

    private void Register(TechSmeBatch batch, List<Enterprise> firms)
    {
        var article = NewArticle(ArticleKind.TechSmeRegistered, batch.RegisteredAt, batch, $"关于公布湖南省{batch.Year}年第{batch.Ordinal}批入库科技型中小企业名单的通知", $"湖南省{batch.Year}年第{batch.Ordinal}批入库科技型中小企业名单");
        foreach (var firm in firms)
        {
            // A few proposed firms do not make it past the 公示 (the county's are planned).
            if (pool.InCounty(firm) || random.NextDouble() >= 0.02)
            {
                article.TechSmeRows.Add(new TechSmeRow(firm, batch, NextNumber(batch.Year, firm)));
            }
        }

        _faults.Apply(article, batch.Year);
        Finish(batch, article);
    }

    private void Correct(TechSmeBatch batch, DateTime at, HashSet<Enterprise> taken)
    {
        var article = NewArticle(ArticleKind.TechSmeCorrected, at, batch, $"关于更正湖南省{batch.Year}年第{batch.Ordinal}批入库科技型中小企业名单的通知", $"湖南省{batch.Year}年第{batch.Ordinal}批入库科技型中小企业名单（更正）");
        foreach (var row in batch.FinalRows.Where(r => !r.IsDuplicate))
        {
            if (!pool.InCounty(row.Firm) && random.NextDouble() < 0.03)
            {
                continue;
            }

            article.TechSmeRows.Add(new TechSmeRow(row.Firm, batch, row.RegistrationNo));
        }

        for (var added = random.Next(1, 4); added > 0; added--)
        {
            var firm = pool.TechSmeApplicants[random.Next(pool.TechSmeApplicants.Count)];
            if (taken.Add(firm))
            {
                article.TechSmeRows.Add(new TechSmeRow(firm, batch, NextNumber(batch.Year, firm)));
            }
        }

        _faults.Apply(article, batch.Year);
        Finish(batch, article);
    }

    private void Finish(TechSmeBatch batch, Article article)
    {
        batch.FinalRows = article.TechSmeRows;
        _articles.Add(article);
    }

    private string NextNumber(int year, Enterprise firm)
    {
        var flag = random.Next(10) switch { < 6 => '0', < 8 => 'A', _ => 'B' };
        return $"{year}{firm.RegionCode}{flag}{++_serial % 10_000_000:D7}";
    }

    private static Article NewArticle(ArticleKind kind, DateTime at, TechSmeBatch batch, string title, string listName) =>
        new(kind, at, title) { ListName = listName, BatchYear = batch.Year, BatchNo = batch.Number };

    private DateTime RandomTime(DateOnly day) =>
        day.ToDateTime(new TimeOnly(random.Next(9, 18), random.Next(0, 60), random.Next(0, 60)));
}
