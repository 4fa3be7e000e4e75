using YuanlingTech.Connectors.Notices;

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
}
