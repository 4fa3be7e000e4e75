using YuanlingTech.Connectors.Sources.KjtTechSme;
using YuanlingTech.Normalization.TechSme;

namespace YuanlingTech.Connectors.Tests.Sources.KjtTechSme;

public class HandedOverListsTests
{
    private static readonly DateOnly Proposed = new(2025, 5, 6);
    private static readonly DateOnly Registered = new(2025, 6, 3);

    [Fact]
    public void Supersede_IsTrueForTheOlderListOfTheBatch_OnceALaterListWithRecordsWasHandedOver()
    {
        var lists = new HandedOverLists();
        lists.Note(List(TechSmeListKind.Registered, 3, Registered), records: 120);

        Assert.True(lists.Supersede(List(TechSmeListKind.Proposed, 3, Proposed)));
        Assert.False(lists.Supersede(List(TechSmeListKind.Proposed, 4, Proposed)));
        Assert.False(lists.Supersede(List(TechSmeListKind.Corrected, 3, Registered)));
        Assert.False(lists.Supersede(List(TechSmeListKind.Removed, 3, Proposed)));
    }

    [Fact]
    public void Supersede_IsFalse_WhenTheLaterListHadNoRecordsOrWasARemoval()
    {
        var lists = new HandedOverLists();
        lists.Note(List(TechSmeListKind.Registered, 3, Registered), records: 0);
        lists.Note(List(TechSmeListKind.Removed, 3, Registered), records: 15);

        Assert.False(lists.Supersede(List(TechSmeListKind.Proposed, 3, Proposed)));
    }

    [Fact]
    public void Note_KeepsTheNewestDateOfABatch_WhenAnOlderListIsNotedAfter()
    {
        var lists = new HandedOverLists();
        lists.Note(List(TechSmeListKind.Registered, null, Registered), records: 5);
        lists.Note(List(TechSmeListKind.Proposed, 0, Proposed), records: 5);

        Assert.True(lists.Supersede(List(TechSmeListKind.Proposed, null, Proposed.AddDays(1))));
    }

    private static TechSmeListContext List(TechSmeListKind kind, int? batch, DateOnly publishedOn) =>
        new(kind, 2025, batch, publishedOn, $"{kind} {batch}");
}
