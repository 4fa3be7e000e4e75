using Microsoft.Playwright;

namespace YuanlingTech.Browser.Tests.Infrastructure;

/// <summary>Every test leaves a full-page screenshot in <c>screenshots/&lt;name&gt;.png</c> beside the test binaries, to look at.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task<string> SaveAsync(IPage page, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"{name}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true }).WaitAsync(cancellationToken);
        return path;
    }
}
