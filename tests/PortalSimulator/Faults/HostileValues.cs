namespace YuanlingTech.PortalSimulator.Faults;

/// <summary><see cref="FaultKind.HostileValue"/>: puts the rule's value into the first data row of an HTML table, an xlsx sheet or a JSON page.</summary>
internal static class HostileValues
{
    /// <summary>The rewritten body; null when the document has no such column (it is then served unchanged).</summary>
    public static byte[]? Rewrite(byte[] body, string? contentType, FaultRule rule)
    {
        var columns = (rule.Column ?? throw new ArgumentException("HostileValue needs a Column", nameof(rule))).Split('|');
        string ValueFor(string published) => rule.Value.Replace("{cell}", published, StringComparison.Ordinal);

        if (contentType?.Contains("spreadsheetml", StringComparison.OrdinalIgnoreCase) == true)
        {
            return HostileXlsx.Rewrite(body, columns, ValueFor);
        }

        if (contentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            return HostileJson.Rewrite(body, columns, ValueFor);
        }

        if (contentType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true)
        {
            var encoding = PageText.EncodingOf(contentType);
            return HostileHtml.Rewrite(encoding.GetString(body), columns, ValueFor) is { } html ? encoding.GetBytes(html) : null;
        }

        return null;
    }

    /// <summary>True for what no markup can carry as a raw character: NUL, other C0 controls, lone surrogates, U+FFFE/U+FFFF.</summary>
    public static bool NeedsEscape(string text, int index) =>
        text[index] is < ' ' and not ('\t' or '\n' or '\r') or '\uFFFE' or '\uFFFF'
        || (char.IsHighSurrogate(text[index]) && (index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1])))
        || (char.IsLowSurrogate(text[index]) && (index == 0 || !char.IsHighSurrogate(text[index - 1])));
}
