using Microsoft.Playwright;

namespace YuanlingTech.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium (<c>/usr/bin/chromium</c>, installed by scripts/ensure-system-packages.sh) driven by Playwright, headless;
/// Playwright downloads no browser of its own.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("not started");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"{ExecutablePath} is missing: the browser tests drive Debian's chromium. Run scripts/ensure-system-packages.sh (or ./test.sh) as root or with sudo.");
        }

        _playwright = await Playwright.CreateAsync();
        // In a container Chromium's sandbox cannot create its namespaces.
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Headless = true, Args = ["--no-sandbox"] });
    }

    /// <summary>
    /// A fresh browser profile logging in as <paramref name="user"/>, in a time zone far from the server's, so times shown
    /// in the server's zone prove they do not come from the browser's.
    /// </summary>
    public Task<IBrowserContext> NewContextAsync(string user, string password, CancellationToken cancellationToken) => Browser.NewContextAsync(new()
    {
        HttpCredentials = new() { Username = user, Password = password },
        TimezoneId = "America/New_York",
        Locale = "en-US",
        ViewportSize = new() { Width = 1280, Height = 900 },
    }).WaitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
