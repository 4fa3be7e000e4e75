namespace YuanlingTech.PortalSimulator.Generation;

internal static class ProvinceGenerator
{
    public static Province Generate(SimulatorOptions options)
    {
        var pool = EnterprisePool.Create(new Random(options.Seed), options.Scale);
        var hnte = new HnteTimeline(new Random(unchecked(options.Seed + 1)), pool, options).Play();
        var others = OtherNotices.Create(
            new Random(unchecked(options.Seed + 2)), pool, (int)Math.Round(hnte.Count * 0.67), options.AsOf);
        var dressing = new Random(unchecked(options.Seed + 3));
        var chronological = hnte.Concat(others).OrderBy(a => a.PublishedAt).ToList();
        for (var i = 0; i < chronological.Count; i++)
        {
            var article = chronological[i];
            article.Id = 20_000_000 + (i * 97) + dressing.Next(0, 90);
            article.Gbk = dressing.NextDouble() < 0.15;
            article.PubDateFormat = dressing.Next(3);
            article.TrsEditor = dressing.NextDouble() < 0.3;
            article.Paragraphs = ArticleText.For(article);
            if (article.IsHnte)
            {
                HnteTableComposer.Compose(article, dressing);
            }
        }

        chronological.Reverse();
        return new Province(chronological, pool);
    }
}
