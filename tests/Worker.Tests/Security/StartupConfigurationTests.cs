using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using YuanlingTech.Worker.Hosting;
using YuanlingTech.Worker.Security;

namespace YuanlingTech.Worker.Tests.Security;

/// <summary>Bad configuration stops start-up, and the message names the key (and never repeats a secret).</summary>
public sealed class StartupConfigurationTests
{
    private const string AnyServer = "Host=127.0.0.1;Port=1;Username=nobody;Database=none";
    private const string GoodHash = "pbkdf2-sha256:10000:eXVhbmxpbmctc2FsdC0xNg==:2/n+xWMm1ad30UHLoIa1qhg22j7pniVckJbf8gwpx8U=";

    public static TheoryData<string, string, string> ToolCases { get; } = new()
    {
        // unknown source id (a typo of kjt-hnte)
        { "Sources:kjt-hnt:Cron", "0 6 * * *", "Sources:kjt-hnt" },
        // invalid cron, per source and for the evaluation
        { "Sources:kjt-hnte:Cron", "every morning", "Sources:kjt-hnte:Cron" },
        { "Sources:kv-loans:Cron", "0 25 * * *", "Sources:kv-loans:Cron" },
        { "Worker:EvaluateCron", "61 * * * *", "Worker:EvaluateCron" },
        // missing or unusable URL
        { "Sources:kjt-hnte:ListUrl", "", "Sources:kjt-hnte:ListUrl" },
        { "Sources:market-contracts:BaseUrl", "", "Sources:market-contracts:BaseUrl" },
        { "Sources:kv-loans:ApiUrl", "kvloan/api/loans", "Sources:kv-loans:ApiUrl" },
        { "Sources:kjt-techsme:ListUrl", "ftp://127.0.0.1/kjt/index.html", "Sources:kjt-techsme:ListUrl" },
        { "Sources:manual:InboxFolder", "", "Sources:manual:InboxFolder" },
        { "Notifications:WebhookUrl", "qyapi.weixin.qq.com/cgi-bin/webhook/send?key=s3cr3t", "Notifications:WebhookUrl" },
        // bad target
        { "Targets:Items:0:Metric", "contracts.volume", "Targets:Items:0:Metric" },
        { "Targets:Items:1:Region", "999999", "Targets:Items:1:Region" },
        // an allowed host with a scheme or a port
        { "Worker:AllowedHosts", "https://kjj.example.gov.cn", "Worker:AllowedHosts" },
        { "Worker:AllowedHosts", "localhost;kjj.example.gov.cn:443", "Worker:AllowedHosts" },
        // a dashboard language we have no labels for
        { "Worker:Culture", "fr-FR", "Worker:Culture" },
        // an English dashboard around Chinese Targets pages (Targets:Language is zh in targets.json)
        { "Worker:Culture", "en-US", "Worker:Culture" },
    };

    [Theory]
    [MemberData(nameof(ToolCases))]
    public void BuildTool_FailsNamingTheKey_WhenAValueIsWrong(string key, string value, string expectedKey)
    {
        var ex = Assert.Throws<OptionsValidationException>(() => WorkerHost.BuildTool(
            new Dictionary<string, string?> { ["ConnectionStrings:Warehouse"] = AnyServer, [key] = value }, quiet: true));

        var message = string.Join("\n", ex.Failures);
        Assert.Contains(expectedKey, message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Dashboard:Admin:PasswordHash", "pbkdf2-sha256:10:abc", "Dashboard:Admin:PasswordHash")]
    [InlineData("Dashboard:Reader:PasswordHash", "plain-password", "Dashboard:Reader:PasswordHash")]
    [InlineData("Dashboard:Reader:User", "", "Dashboard:Reader:User")]
    [InlineData("Dashboard:Realm", "a\"b", "Dashboard:Realm")]
    [InlineData("Dashboard:MaxFailedLogins", "0", "Dashboard:MaxFailedLogins")]
    [InlineData("Dashboard:FailedLoginWindowSeconds", "0", "Dashboard:FailedLoginWindowSeconds")]
    [InlineData("Dashboard:MaxConcurrentPasswordChecks", "0", "Dashboard:MaxConcurrentPasswordChecks")]
    [InlineData("Dashboard:LoginCacheSeconds", "-1", "Dashboard:LoginCacheSeconds")]
    public void BuildServer_FailsNamingTheKey_WhenTheDashboardSectionIsWrong(string key, string value, string expectedKey)
    {
        var overrides = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Warehouse"] = AnyServer,
            ["Dashboard:Admin:User"] = "admin",
            ["Dashboard:Admin:PasswordHash"] = GoodHash,
            ["Dashboard:Reader:User"] = "reader",
            ["Dashboard:Reader:PasswordHash"] = GoodHash,
        };
        overrides[key] = value;

        var ex = Assert.Throws<OptionsValidationException>(() => WorkerHost.BuildServer(overrides));

        var message = string.Join("\n", ex.Failures);
        Assert.Contains(expectedKey, message, StringComparison.Ordinal);
        Assert.DoesNotContain(value.Length > 3 ? value : "\u0000", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RefusesAPlainPassword_WhenItComesFromAFile()
    {
        var file = Path.Combine(Path.GetTempPath(), $"yt-dashboard-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "Dashboard": { "Admin": { "User": "admin", "Password": "in-a-file" } } }""");
        try
        {
            var configuration = new ConfigurationBuilder().AddJsonFile(file).Build();
            var options = configuration.GetSection(DashboardAccessOptions.Section).Get<DashboardAccessOptions>()!;

            var result = new DashboardAccessOptionsValidator(configuration).Validate(null, options);

            var failure = Assert.Single(result.Failures!);
            Assert.StartsWith("Dashboard:Admin:Password:", failure, StringComparison.Ordinal);
            Assert.Contains("Dashboard__Admin__Password", failure, StringComparison.Ordinal);
            Assert.DoesNotContain("in-a-file", failure, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Validate_AcceptsAPlainPassword_WhenItComesFromTheEnvironment()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Dashboard:Admin:User"] = "admin",
            ["Dashboard:Admin:Password"] = "from-env",
        }).Build();
        var options = configuration.GetSection(DashboardAccessOptions.Section).Get<DashboardAccessOptions>()!;

        Assert.True(new DashboardAccessOptionsValidator(configuration).Validate(null, options).Succeeded);
    }
}
