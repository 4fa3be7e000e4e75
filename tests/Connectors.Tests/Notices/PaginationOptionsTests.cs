
using YuanlingTech.Connectors.NoticeColumns;

namespace YuanlingTech.Connectors.Tests.Notices;

public class PaginationOptionsTests
{
    [Fact]
    public void Validate_NamesTheKey_WhenTemplateModeHasNoPagePlaceholder()
    {
        var options = new PaginationOptions { Mode = PaginationMode.Template, Template = "index.html" };

        var error = Assert.Single(PaginationOptions.Validate(options, "Sources:kjt-hnte:Pagination"));

        Assert.StartsWith("Sources:kjt-hnte:Pagination:Template", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NamesTheKey_WhenTheCounterPatternHasNoNamedGroup()
    {
        var options = new PaginationOptions { CounterPattern = @"共(\d+)条" };

        var error = Assert.Single(PaginationOptions.Validate(options, "Sources:kjt-hnte:Pagination"));

        Assert.StartsWith("Sources:kjt-hnte:Pagination:CounterPattern has no named group", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PaginationMode.Auto, null)]
    [InlineData(PaginationMode.Template, "index_{page}.html")]
    [InlineData(PaginationMode.Template, "?pageNum={page}")]
    [InlineData(PaginationMode.Template, "index_{index}.html")]
    public void Validate_Passes_WhenTheSettingsAreUsable(PaginationMode mode, string? template)
    {
        Assert.Empty(PaginationOptions.Validate(new PaginationOptions { Mode = mode, Template = template }, "Sources:x:Pagination"));
    }

    [Theory]
    [InlineData(null, "data.list", "url", "Sources:kjt-hnte:Pagination:JsonUrl must contain {page} or {index} when Sources:kjt-hnte:Pagination:Mode is Json")]
    [InlineData("list?pageNo={page}", null, "url", "Sources:kjt-hnte:Pagination:ItemsPath is empty (Mode Json)")]
    [InlineData("list?pageNo={page}", "data..list", "url", "Sources:kjt-hnte:Pagination:ItemsPath 'data..list' has an empty segment (Mode Json)")]
    [InlineData("list?pageNo={page}", "data.list", " ", "Sources:kjt-hnte:Pagination:UrlField is empty (Mode Json)")]
    public void Validate_NamesTheKey_WhenAJsonSettingIsUnusable(string? jsonUrl, string? itemsPath, string urlField, string message)
    {
        var options = new PaginationOptions { Mode = PaginationMode.Json, JsonUrl = jsonUrl, ItemsPath = itemsPath, UrlField = urlField };

        var error = Assert.Single(PaginationOptions.Validate(options, "Sources:kjt-hnte:Pagination"));

        Assert.Equal(message, error.ErrorMessage);
    }

    [Fact]
    public void Validate_Passes_WhenTheJsonSettingsAreUsable()
    {
        var options = new PaginationOptions
        {
            Mode = PaginationMode.Json, JsonUrl = "list?pageNo={page}&pageSize=20", ItemsPath = "data.list", DateField = "publishTime", TotalPath = "data.total",
        };

        Assert.Empty(PaginationOptions.Validate(options, "Sources:x:Pagination"));
    }
}
