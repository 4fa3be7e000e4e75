namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>
/// Generates the notices column on its full timeline to <see cref="Horizon"/>, then serves only what is published
/// on or before AsOf: every earlier article keeps its id, body, attachment and ETag when the clock advances.
/// </summary>
internal static class ProvinceGenerator
{
    public static readonly DateOnly Horizon = new(2027, 12, 31);

    public static Province Generate(SimulatorOptions options)
    {
        if (options.AsOf > Horizon)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.AsOf, $"AsOf must not pass the simulator horizon {Horizon:yyyy-MM-dd}.");
        }

        var full = options with { AsOf = Horizon };
        var pool = EnterprisePool.Create(options.Seed, options.Scale, options.CountyCode);
        var hnte = new HnteTimeline(new Random(unchecked(options.Seed + 1)), pool, full).Play();
        var others = OtherNotices.Create(
            new Random(unchecked(options.Seed + 2)), pool, (int)Math.Round(hnte.Count * 0.67), Horizon);
        var techSme = new TechSmeTimeline(new Random(unchecked(options.Seed + 4)), pool, options.Scale, options.Seed).Play(Horizon.Year);
        var dressing = new Random(unchecked(options.Seed + 3));
        // Tech-SME lists are dressed from their own stream, so their volume does not reshuffle the HNTE lists' dirt.
        var techSmeDressing = new Random(unchecked(options.Seed + 5));
        var chronological = hnte.Concat(others).Concat(techSme).OrderBy(a => a.PublishedAt).ToList();
        for (var i = 0; i < chronological.Count; i++)
        {
            var article = chronological[i];
            var random = article.IsTechSme ? techSmeDressing : dressing;
            article.Id = 20_000_000 + (i * 97) + random.Next(0, 90);
            article.Gbk = random.NextDouble() < 0.15;
            article.PubDateFormat = random.Next(3);
            article.TrsEditor = random.NextDouble() < 0.3;
            article.Paragraphs = ArticleText.For(article);
            if (article.IsHnte)
            {
                HnteTableComposer.Compose(article, random);
            }
            else if (article.IsTechSme)
            {
                TechSmeTableComposer.Compose(article, random);
            }
        }

        var published = chronological.Where(a => a.PublishedOn <= options.AsOf).Reverse().ToList();
        return new Province(published, pool);
    }
}
