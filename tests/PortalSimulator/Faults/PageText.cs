using System.Text;

namespace YuanlingTech.PortalSimulator.Faults;

/// <summary>The simulator's own pages: UTF-8 when the Content-Type says so, GB18030 otherwise.</summary>
internal static class PageText
{
    private static readonly Encoding Gb18030 = GetGb18030();

    public static bool IsUtf8(string? contentType) => contentType?.Contains("utf-8", StringComparison.OrdinalIgnoreCase) == true;

    public static Encoding EncodingOf(string? contentType) => IsUtf8(contentType) ? Encoding.UTF8 : Gb18030;

    public static string Decode(byte[] body, string? contentType) => EncodingOf(contentType).GetString(body);

    private static Encoding GetGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
