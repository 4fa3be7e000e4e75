using System.Net.Http.Headers;
using System.Text;

namespace YuanlingTech.Worker.Security;

/// <summary>Reads user and password from an <c>Authorization: Basic …</c> header (UTF-8).</summary>
public static class BasicCredentials
{
    public const string Scheme = "Basic";

    public static bool TryRead(string? authorization, out string user, out string password)
    {
        user = password = "";
        if (!AuthenticationHeaderValue.TryParse(authorization, out var header)
            || !string.Equals(header.Scheme, Scheme, StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrEmpty(header.Parameter))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        user = decoded[..colon];
        password = decoded[(colon + 1)..];
        return true;
    }
}
