using YuanlingTech.Normalization.TechSme;

namespace YuanlingTech.Connectors.Sources.KjtTechSme;

/// <summary>
/// The newest registration list of each batch a run has handed over for loading. Lists are read newest first, so the
/// 公示 list of a batch usually follows its 公布 list, which supersedes it: the loader would write nothing from it, and
/// its records need not wait in memory for the load of the list before (the loader makes the same check against the
/// warehouse for lists of earlier runs).
/// </summary>
internal sealed class HandedOverLists
{
    private readonly Dictionary<(int Year, int Batch), DateOnly> _newest = [];

    /// <summary>True when a later list of the same batch, with records, was handed over before in this run.</summary>
    public bool Supersede(TechSmeListContext context) =>
        context.Kind != TechSmeListKind.Removed
        && _newest.TryGetValue(Key(context), out var newest)
        && newest > context.PublishedOn;

    public void Note(TechSmeListContext context, int records)
    {
        if (context.Kind == TechSmeListKind.Removed || records == 0)
        {
            return;
        }

        var key = Key(context);
        if (!_newest.TryGetValue(key, out var newest) || newest < context.PublishedOn)
        {
            _newest[key] = context.PublishedOn;
        }
    }

    private static (int Year, int Batch) Key(TechSmeListContext context) => (context.BatchYear, context.BatchNo ?? 0);
}
