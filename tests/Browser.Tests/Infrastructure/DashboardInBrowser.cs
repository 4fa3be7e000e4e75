namespace YuanlingTech.Browser.Tests.Infrastructure;

/// <summary>The browser tests that share one server (on a database of their own) and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardInBrowser : ICollectionFixture<BrowserServerFixture>, ICollectionFixture<ChromiumFixture>
{
    public const string Name = "dashboard in a browser";
}
