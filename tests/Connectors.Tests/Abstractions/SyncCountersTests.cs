using YuanlingTech.Connectors.Abstractions;

namespace YuanlingTech.Connectors.Tests.Abstractions;

public class SyncCountersTests
{
    [Fact]
    public void Pagination_IsNull_WhenTheRunWalkedNoList()
    {
        var counters = new SyncCounters();

        Assert.Null(counters.Pagination);
        Assert.DoesNotContain("pagination", counters.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Pagination_ListsEachDistinctPaginationInWalkOrder_WhenSeveralListsWereWalked()
    {
        var counters = new SyncCounters();

        counters.ListPaginated("json data.list");
        counters.ListPaginated("createPageHTML");
        counters.ListPaginated("json data.list");

        Assert.Equal("json data.list; createPageHTML", counters.Pagination);
        Assert.EndsWith("; pagination json data.list; createPageHTML", counters.ToString(), StringComparison.Ordinal);
    }
}
