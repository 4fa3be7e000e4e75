using YuanlingTech.Connectors.Abstractions;

namespace YuanlingTech.Connectors.Tests.Http;

public sealed class AllowedHostsValidationTests
{
    private readonly SectionOptionsValidator<SourceOptions> _validator = new("kjt-hnte", "Sources:kjt-hnte");

    [Fact]
    public void Validate_NamesTheKey_WhenAnEntryIsAUrlNotAHost()
    {
        var result = _validator.Validate("kjt-hnte", new SourceOptions { AllowedHosts = ["files.example.gov.cn", "http://cdn.example/files"] });

        Assert.True(result.Failed);
        Assert.Equal("Sources:kjt-hnte:AllowedHosts: 'http://cdn.example/files' is not a host or host:port", Assert.Single(result.Failures!));
    }

    [Fact]
    public void Validate_Succeeds_WhenEveryEntryIsAHostOrHostAndPort()
    {
        var result = _validator.Validate("kjt-hnte", new SourceOptions { AllowedHosts = ["files.example.gov.cn", "10.1.2.3:8080", "[::1]:8443"] });

        Assert.True(result.Succeeded, result.FailureMessage);
    }
}
