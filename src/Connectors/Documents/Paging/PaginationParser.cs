using System.Globalization;
using System.Text.RegularExpressions;

namespace YuanlingTech.Connectors.Documents.Paging;

/// <summary>
/// Reads the page count of a notices column from its first page. Understands the div-first
/// <c>createPageHTML('paging',pages,cur,'index','html',total)</c>, the classic
/// <c>createPageHTML(pages,cur,"index","html")</c> and the generic <c>countPage = N</c> style variables.
/// </summary>
public static partial class PaginationParser
{
    private const string DefaultPageName = "index";
    private const string DefaultExtension = "html";

    /// <summary>Returns null when the page carries no pagination at all (a single-page column).</summary>
    public static PageInfo? Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);

        var divFirst = DivFirstCall().Match(html);
        if (divFirst.Success)
        {
            var cur = Int(divFirst.Groups["cur"]);
            return new PageInfo(
                Int(divFirst.Groups["pages"]),
                cur,
                FirstIndex(cur, conventional: 1),
                NameOrDefault(divFirst.Groups["name"], DefaultPageName),
                NameOrDefault(divFirst.Groups["ext"], DefaultExtension),
                divFirst.Groups["total"].Success ? Int(divFirst.Groups["total"]) : null);
        }

        var classic = ClassicCall().Match(html);
        if (classic.Success)
        {
            var cur = Int(classic.Groups["cur"]);
            return new PageInfo(
                Int(classic.Groups["pages"]),
                cur,
                FirstIndex(cur, conventional: 0),
                NameOrDefault(classic.Groups["name"], DefaultPageName),
                NameOrDefault(classic.Groups["ext"], DefaultExtension),
                null);
        }

        return ParseVariables(html);
    }

    /// <summary>All page URLs of the column, the first page included, in page order.</summary>
    public static IReadOnlyList<Uri> PageUrls(Uri firstPageUrl, PageInfo info)
    {
        ArgumentNullException.ThrowIfNull(firstPageUrl);
        ArgumentNullException.ThrowIfNull(info);

        var urls = new List<Uri> { firstPageUrl };
        for (var page = 2; page <= info.PageCount; page++)
        {
            var suffix = page - 1 + info.FirstIndex;
            urls.Add(new Uri(firstPageUrl, $"{info.PageName}_{suffix.ToString(CultureInfo.InvariantCulture)}.{info.Extension}"));
        }

        return urls;
    }

    private static PageInfo? ParseVariables(string html)
    {
        var count = PageCountVariable().Match(html);
        if (!count.Success)
        {
            return null;
        }

        var current = CurrentPageVariable().Match(html);
        var cur = current.Success ? Int(current.Groups["cur"]) : 0;
        return new PageInfo(Int(count.Groups["pages"]), cur, FirstIndex(cur, conventional: 0), DefaultPageName, DefaultExtension, null);
    }

    // On index.html the script's current index tells the convention; elsewhere fall back to the call style's usual one.
    private static int FirstIndex(int cur, int conventional) => cur is 0 or 1 ? cur : conventional;

    private static int Int(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string NameOrDefault(Group group, string fallback) =>
        group.Success && group.Value.Length > 0 ? group.Value : fallback;

    [GeneratedRegex(@"createPageHTML\s*\(\s*['""](?<div>[^'""]*)['""]\s*,\s*(?<pages>\d+)\s*,\s*(?<cur>\d+)\s*(?:,\s*['""](?<name>[^'""]*)['""]\s*(?:,\s*['""](?<ext>[^'""]*)['""]\s*(?:,\s*(?<total>\d+))?)?)?")]
    private static partial Regex DivFirstCall();

    [GeneratedRegex(@"createPageHTML\s*\(\s*(?<pages>\d+)\s*,\s*(?<cur>\d+)\s*(?:,\s*['""](?<name>[^'""]*)['""]\s*(?:,\s*['""](?<ext>[^'""]*)['""])?)?")]
    private static partial Regex ClassicCall();

    [GeneratedRegex(@"\b(?:countPage|totalPage|pageCount|totalPages|pages)\s*[=:]\s*['""]?(?<pages>\d+)")]
    private static partial Regex PageCountVariable();

    [GeneratedRegex(@"\b(?:currentPage|curPage|currPage)\s*[=:]\s*['""]?(?<cur>\d+)")]
    private static partial Regex CurrentPageVariable();
}
