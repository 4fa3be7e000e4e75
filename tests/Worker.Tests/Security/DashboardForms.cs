using System.Text.RegularExpressions;

namespace YuanlingTech.Worker.Tests.Security;

/// <summary>What the dashboard's own script posts: the antiforgery token from the page, and the command forms.</summary>
public static partial class DashboardForms
{
    public const string TokenHeader = "RequestVerificationToken";

    /// <summary>Loads a page (which sets the antiforgery cookie in the client's jar) and returns the token it carries.</summary>
    public static async Task<string> AntiforgeryAsync(HttpClient client, CancellationToken cancellationToken)
    {
        var page = await client.GetStringAsync("/hangfire/recurring", cancellationToken);
        var match = TokenAttribute().Match(page);
        Assert.True(match.Success, "no antiforgery token on the dashboard page");
        return match.Groups["token"].Value;
    }

    public static HttpContent Trigger(string? token, string recurringJobId) =>
        WithToken(new FormUrlEncodedContent([new("jobs[]", recurringJobId)]), token);

    public static HttpContent Stats(string? token) =>
        WithToken(new FormUrlEncodedContent([new("metrics[]", "enqueued:count")]), token);

    private static FormUrlEncodedContent WithToken(FormUrlEncodedContent content, string? token)
    {
        if (token is not null)
        {
            content.Headers.Add(TokenHeader, token);
        }

        return content;
    }

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"(?<token>[^\"]+)\"")]
    private static partial Regex TokenAttribute();
}
