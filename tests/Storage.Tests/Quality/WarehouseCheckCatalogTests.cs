using System.Text.RegularExpressions;
using YuanlingTech.Storage.Quality;

namespace YuanlingTech.Storage.Tests.Quality;

/// <summary>Every declared check says in Chinese what it checks, for the dashboard's Checks page.</summary>
public sealed partial class WarehouseCheckCatalogTests
{
    [Fact]
    public void All_DescribesEveryCheckInChinese()
    {
        var checks = WarehouseCheckCatalog.All(new Dictionary<string, int>(StringComparer.Ordinal) { ["kjt-hnte"] = 48 });

        Assert.All(checks, check => Assert.Matches(Chinese(), check.DescriptionZh));
        Assert.Equal(checks.Count, checks.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}{2,}")]
    private static partial Regex Chinese();
}
