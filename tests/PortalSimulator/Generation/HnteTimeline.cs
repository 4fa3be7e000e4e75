namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>
/// Plays the HNTE years 2019..AsOf in date order: proposals, recognitions and revocations. The calendar (batch
/// dates, issue dates, revocation notices) is drawn first, so it does not depend on the scale; the county of
/// interest's rows are planned on it from the county's own stream (<see cref="CountyHntePlanner"/>).
/// </summary>
internal sealed class HnteTimeline
{
    private readonly Random _random;
    private readonly SimulatorOptions _options;
    private readonly EnterprisePool _pool;
    private readonly FirmSelector _selector;
    private readonly RowFaults _faults;
    private readonly RevocationPlanner _revocations;
    private readonly Dictionary<int, int> _serials = [];
    private readonly Dictionary<(HnteBatch, Enterprise), Certificate> _countyCertificates = [];
    private readonly List<Article> _articles = [];
    private CountyHntePlan _county = new();
    private bool _seenRecognized;

    public HnteTimeline(Random random, EnterprisePool pool, SimulatorOptions options)
    {
        _random = random;
        _options = options;
        _pool = pool;
        _selector = new FirmSelector(random, pool, options.Scale);
        _faults = new RowFaults(random, pool);
        _revocations = new RevocationPlanner(random, options.Scale);
    }

    public List<Article> Play()
    {
        var batches = new List<HnteBatch>();
        var notices = new List<RevocationNotice>();
        for (var year = 2019; year <= _options.AsOf.Year; year++)
        {
            batches.AddRange(PlanBatches(year));
            var revocations = year == 2019 ? 0 : _random.Next(1, 4);
            for (var i = 0; i < revocations; i++)
            {
                notices.Add(new RevocationNotice(RandomTime(new DateOnly(year, _random.Next(3, 13), _random.Next(1, 29)))));
            }
        }

        _county = CountyHntePlanner.Plan(CountyStreams.Hnte(_options.Seed), _pool.County, batches, notices);
        var events = batches.SelectMany(b => new (DateTime At, int Order, object Item)[] { (b.ProposedAt, 0, b), (b.RecognizedAt, 1, b) })
            .Concat(notices.Select(n => (At: n.At, Order: 2, Item: (object)n)));
        foreach (var (at, order, item) in events.OrderBy(e => e.At).ThenBy(e => e.Order).ToList())
        {
            if (DateOnly.FromDateTime(at) > _options.AsOf)
            {
                continue;
            }

            switch (item)
            {
                case HnteBatch batch when order == 0:
                    Propose(batch);
                    break;
                case HnteBatch batch:
                    Recognize(batch);
                    break;
                default:
                    Revoke((RevocationNotice)item);
                    break;
            }
        }

        return _articles;
    }

    private List<HnteBatch> PlanBatches(int year)
    {
        (int From, int To)[] slots = _random.Next(2) == 0 ? [(7, 8), (10, 11)] : [(5, 6), (8, 9), (10, 11)];
        var batches = new List<HnteBatch>(slots.Length);
        for (var i = 0; i < slots.Length; i++)
        {
            var day = new DateOnly(year, _random.Next(slots[i].From, slots[i].To + 1), _random.Next(1, 21));
            var proposed = RandomTime(day);
            var recognized = RandomTime(day.AddDays(_random.Next(22, 29)));
            var issued = DateOnly.FromDateTime(recognized).AddDays(-_random.Next(0, 6));
            batches.Add(new HnteBatch(year, i + 1, proposed, recognized, issued));
        }

        return batches;
    }

    private void Propose(HnteBatch batch)
    {
        var province = _selector.Select(DateOnly.FromDateTime(batch.RecognizedAt));
        foreach (var firm in province.Where(_ => _random.NextDouble() < 0.05))
        {
            batch.Dropped.Add(firm);
        }

        var county = _county.Proposed(batch);
        batch.Dropped.UnionWith(county.Where(f => _county.IsDropped(batch, f)));
        batch.Firms.AddRange(_pool.InListOrder(province.Concat(county)));
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
            var certificate = new Certificate($"GR{batch.Year}43{serial:D6}", firm, batch.IssuedOn);
            firm.CertifiedUntil = certificate.ValidTo;
            article.Rows.Add(new HnteRow(firm) { Certificate = certificate });
        }

        _faults.Apply(article, batch.Year);
        foreach (var row in article.Rows.Where(r => !r.IsDuplicate))
        {
            if (_pool.InCounty(row.Firm))
            {
                // The county's revocations are planned (CountyHntePlanner), never drawn by the province's planner.
                _countyCertificates[(batch, row.Firm)] = row.Certificate!;
                continue;
            }

            // The first recognized list never feeds revocations, so InjectLayoutChange changes nothing else.
            row.Certificate!.Revocable = _seenRecognized && row.RejectReason is null;
            _revocations.Add(row.Certificate);
        }

        _seenRecognized = true;
        AddIfAny(article);
    }

    private void Revoke(RevocationNotice notice)
    {
        var county = _county.Revocations(notice)
            .Select(r => (_countyCertificates[(r.Batch, r.Firm)], r.Year))
            .ToList();
        AddIfAny(_revocations.Revoke(notice.At, county));
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
