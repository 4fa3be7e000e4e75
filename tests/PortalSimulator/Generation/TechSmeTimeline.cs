using YuanlingTech.Normalization.Regions;

namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>
/// Tech-SME registration (科技型中小企业入库) from 2019 to the horizon: per year 3-5 batches, each a 公示 then a
/// 公布 with 入库登记编号, now and then a correction that re-publishes the batch, and removal notices.
/// </summary>
internal sealed class TechSmeTimeline(Random random, EnterprisePool pool, double scale)
{
    private const double YuanlingPerYear = 223;

    private readonly TechSmeRowFaults _faults = new(random);
    private readonly List<Article> _articles = [];
    private readonly List<TechSmeBatch> _batches = [];
    private int _serial;

    public List<Article> Play(int lastYear)
    {
        var removals = new TechSmeRemovals(random, scale);
        for (var year = 2019; year <= lastYear; year++)
        {
            PlayYear(year);
            if (year > 2019)
            {
                _articles.AddRange(removals.Plan(year, _batches));
            }
        }

        return _articles;
    }

    private void PlayYear(int year)
    {
        var count = random.Next(3, 6);
        var taken = new HashSet<Enterprise>();
        var yuanlingQuota = Math.Min(
            pool.Yuanling.Count, Math.Max(1, (int)Math.Round(YuanlingPerYear * scale * (0.9 + (0.2 * random.NextDouble())))));
        var yuanling = pool.Yuanling.OrderBy(_ => random.Next()).Take(yuanlingQuota).ToList();
        for (var b = 1; b <= count; b++)
        {
            var batch = new TechSmeBatch(year, b);
            var month = 2 + ((b - 1) * 9 / count) + random.Next(2);
            var proposedAt = RandomTime(new DateOnly(year, month, random.Next(1, 21)));
            var registeredAt = RandomTime(DateOnly.FromDateTime(proposedAt).AddDays(random.Next(14, 21)));
            var mine = yuanling.Where((_, i) => i % count == b - 1).ToList();
            // ~43,000 registrations a year at scale 1 (batches of 4,500-16,900 firms).
            var size = Math.Max(mine.Count + 3, (int)Math.Round(random.Next(4500, 16_901) * scale));
            var firms = Pick(mine, size, taken);
            Propose(batch, proposedAt, firms);
            Register(batch, registeredAt, firms);
            if (random.NextDouble() < 0.3)
            {
                Correct(batch, RandomTime(DateOnly.FromDateTime(registeredAt).AddDays(random.Next(10, 31))), taken);
            }

            _batches.Add(batch);
        }
    }

    private List<Enterprise> Pick(List<Enterprise> yuanling, int size, HashSet<Enterprise> taken)
    {
        var chosen = new List<Enterprise>(yuanling);
        taken.UnionWith(yuanling);
        // Several batches share a year and a firm registers once a year: leave room for the later batches.
        var limit = Math.Min(size, (int)(pool.TechSmeApplicants.Count * 0.8) - taken.Count + yuanling.Count);
        for (var attempt = 0; chosen.Count < size && attempt < size * 20 && chosen.Count < limit; attempt++)
        {
            var firm = pool.TechSmeApplicants[random.Next(pool.TechSmeApplicants.Count)];
            if (taken.Add(firm))
            {
                chosen.Add(firm);
            }
        }

        return chosen
            .OrderBy(f => f.RegionCode == HunanDivisions.Yuanling ? HunanDivisions.Huaihua : f.RegionCode, StringComparer.Ordinal)
            .ThenBy(f => f.Index)
            .ToList();
    }

    private void Propose(TechSmeBatch batch, DateTime at, List<Enterprise> firms)
    {
        var article = NewArticle(ArticleKind.TechSmeProposed, at, batch, $"关于公示湖南省{batch.Year}年第{batch.Ordinal}批拟入库科技型中小企业名单的通知", $"湖南省{batch.Year}年第{batch.Ordinal}批拟入库科技型中小企业名单");
        article.TechSmeRows.AddRange(firms.Select(f => new TechSmeRow(f, batch, null)));
        _faults.Apply(article, batch.Year);
        _articles.Add(article);
    }

    private void Register(TechSmeBatch batch, DateTime at, List<Enterprise> firms)
    {
        var article = NewArticle(ArticleKind.TechSmeRegistered, at, batch, $"关于公布湖南省{batch.Year}年第{batch.Ordinal}批入库科技型中小企业名单的通知", $"湖南省{batch.Year}年第{batch.Ordinal}批入库科技型中小企业名单");
        foreach (var firm in firms)
        {
            // A few proposed firms do not make it past the 公示.
            if (firm.RegionCode == HunanDivisions.Yuanling || random.NextDouble() >= 0.02)
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
            if (row.Firm.RegionCode != HunanDivisions.Yuanling && random.NextDouble() < 0.03)
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
        batch.FinalAt = article.PublishedAt;
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
