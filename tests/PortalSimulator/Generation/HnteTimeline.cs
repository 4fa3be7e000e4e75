namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>Plays the HNTE years 2019..AsOf in date order: proposals, recognitions and revocations.</summary>
internal sealed class HnteTimeline
{
    private readonly Random _random;
    private readonly SimulatorOptions _options;
    private readonly FirmSelector _selector;
    private readonly RowFaults _faults;
    private readonly RevocationPlanner _revocations;
    private readonly Dictionary<int, int> _serials = [];
    private readonly List<Article> _articles = [];
    private bool _seenRecognized;

    public HnteTimeline(Random random, EnterprisePool pool, SimulatorOptions options)
    {
        _random = random;
        _options = options;
        _selector = new FirmSelector(random, pool, options.Scale);
        _faults = new RowFaults(random);
        _revocations = new RevocationPlanner(random, options.Scale);
    }

    public List<Article> Play()
    {
        var events = new List<(DateTime At, int Order, HnteBatch? Batch)>();
        for (var year = 2019; year <= _options.AsOf.Year; year++)
        {
            foreach (var batch in PlanBatches(year))
            {
                events.Add((batch.ProposedAt, 0, batch));
                events.Add((batch.RecognizedAt, 1, batch));
            }

            var revocations = year == 2019 ? 0 : _random.Next(1, 4);
            for (var i = 0; i < revocations; i++)
            {
                events.Add((RandomTime(new DateOnly(year, _random.Next(3, 13), _random.Next(1, 29))), 2, null));
            }
        }

        foreach (var (at, order, batch) in events.OrderBy(e => e.At).ThenBy(e => e.Order))
        {
            if (DateOnly.FromDateTime(at) > _options.AsOf)
            {
                continue;
            }

            switch (order)
            {
                case 0:
                    Propose(batch!);
                    break;
                case 1:
                    Recognize(batch!);
                    break;
                default:
                    AddIfAny(_revocations.Revoke(at));
                    break;
            }
        }

        return _articles;
    }

    private IEnumerable<HnteBatch> PlanBatches(int year)
    {
        (int From, int To)[] slots = _random.Next(2) == 0 ? [(7, 8), (10, 11)] : [(5, 6), (8, 9), (10, 11)];
        for (var i = 0; i < slots.Length; i++)
        {
            var day = new DateOnly(year, _random.Next(slots[i].From, slots[i].To + 1), _random.Next(1, 21));
            var proposed = RandomTime(day);
            var recognized = RandomTime(day.AddDays(_random.Next(22, 29)));
            yield return new HnteBatch(year, i + 1, proposed, recognized);
        }
    }

    private void Propose(HnteBatch batch)
    {
        batch.Firms.AddRange(_selector.Select(DateOnly.FromDateTime(batch.RecognizedAt)));
        foreach (var firm in batch.Firms.Where(_ => _random.NextDouble() < 0.05))
        {
            batch.Dropped.Add(firm);
        }

        var article = new Article(
            ArticleKind.Proposed,
            batch.ProposedAt,
            $"关于公示湖南省{batch.Year}年第{batch.Ordinal}批拟认定高新技术企业名单的通知")
        {
            ListName = $"湖南省{batch.Year}年第{batch.Ordinal}批拟认定高新技术企业名单",
        };
        article.Rows.AddRange(batch.Firms.Select(f => new HnteRow(f)));
        _faults.Apply(article, batch.Year);
        AddIfAny(article);
    }

    private void Recognize(HnteBatch batch)
    {
        var issued = DateOnly.FromDateTime(batch.RecognizedAt).AddDays(-_random.Next(0, 6));
        var article = new Article(
            ArticleKind.Recognized,
            batch.RecognizedAt,
            $"关于公布湖南省{batch.Year}年第{batch.Ordinal}批高新技术企业认定名单的通知")
        {
            ListName = $"湖南省{batch.Year}年第{batch.Ordinal}批高新技术企业认定名单",
            LayoutChanged = !_seenRecognized && _options.InjectLayoutChange,
        };
        foreach (var firm in batch.Firms)
        {
            firm.Pending = false;
            if (batch.Dropped.Contains(firm))
            {
                continue;
            }

            var serial = _serials[batch.Year] = _serials.GetValueOrDefault(batch.Year) + 1;
            var certificate = new Certificate($"GR{batch.Year}43{serial:D6}", firm, issued);
            firm.CertifiedUntil = certificate.ValidTo;
            article.Rows.Add(new HnteRow(firm) { Certificate = certificate });
        }

        _faults.Apply(article, batch.Year);
        foreach (var row in article.Rows.Where(r => !r.IsDuplicate))
        {
            // The first recognized list never feeds revocations, so InjectLayoutChange changes nothing else.
            row.Certificate!.Revocable = _seenRecognized && row.RejectReason is null;
            _revocations.Add(row.Certificate);
        }

        _seenRecognized = true;
        AddIfAny(article);
    }

    private void AddIfAny(Article? article)
    {
        if (article is { Rows.Count: > 0 })
        {
            _articles.Add(article);
        }
    }

    private DateTime RandomTime(DateOnly day) =>
        day.ToDateTime(new TimeOnly(_random.Next(9, 18), _random.Next(0, 60), _random.Next(0, 60)));
}
