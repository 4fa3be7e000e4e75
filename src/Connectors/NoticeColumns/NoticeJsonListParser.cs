using System.Globalization;
using System.Text.Json;
using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.Documents.Json;
using YuanlingTech.Connectors.Documents.Tables;

namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>
/// Reads one page of a notices column's JSON list endpoint (<see cref="PaginationMode.Json"/>) into the same
/// <see cref="NoticeLink"/> items a list page yields. Nesting deeper than <see cref="MaxDepth"/>, malformed JSON, a missing
/// path or a value of the wrong kind fail with one line naming the endpoint URL and the JSON path.
/// </summary>
public sealed class NoticeJsonListParser
{
    /// <summary>Deepest nesting accepted; list endpoints nest three or four levels.</summary>
    public const int MaxDepth = 32;

    private const int QuotedValueLength = 60;

    private readonly JsonFieldPath _items;
    private readonly JsonFieldPath _url;
    private readonly JsonFieldPath _title;
    private readonly JsonFieldPath? _date;
    private readonly JsonFieldPath? _total;
    private readonly JsonFieldPath? _pages;

    public NoticeJsonListParser(PaginationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _items = new JsonFieldPath(options.ItemsPath ?? "");
        _url = new JsonFieldPath(options.UrlField);
        _title = new JsonFieldPath(options.TitleField);
        _date = options.DateField is { } date ? new JsonFieldPath(date) : null;
        _total = options.TotalPath is { } total ? new JsonFieldPath(total) : null;
        _pages = options.PagesPath is { } pages ? new JsonFieldPath(pages) : null;
    }

    /// <summary>Parses <paramref name="utf8Json"/>, the answer of <paramref name="endpoint"/>.</summary>
    public async Task<NoticeJsonPage> ParseAsync(Stream utf8Json, Uri endpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(endpoint);
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(utf8Json, new JsonDocumentOptions { MaxDepth = MaxDepth }, cancellationToken);
        }
        catch (JsonException ex)
        {
            throw Layout(endpoint, $"the JSON list is malformed at $ (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}): {FirstSentence(ex.Message)}");
        }

        using (document)
        {
            return Read(document.RootElement, endpoint, cancellationToken);
        }
    }

    private NoticeJsonPage Read(JsonElement root, Uri endpoint, CancellationToken cancellationToken)
    {
        var items = Resolve(root, _items, _items.Text, nameof(PaginationOptions.ItemsPath), endpoint);
        if (items.ValueKind != JsonValueKind.Array)
        {
            throw Layout(endpoint, $"{_items} is {Describe(items)}, not an array (Pagination:ItemsPath)");
        }

        var notices = new List<NoticeLink>(items.GetArrayLength());
        var seen = new HashSet<Uri>();
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var notice = ReadItem(item, $"{_items}[{index++}]", endpoint);
            if (seen.Add(notice.Url))
            {
                notices.Add(notice);
            }
        }

        return new NoticeJsonPage(
            notices, ReadCount(root, _total, nameof(PaginationOptions.TotalPath), endpoint), ReadCount(root, _pages, nameof(PaginationOptions.PagesPath), endpoint));
    }

    private NoticeLink ReadItem(JsonElement item, string itemPath, Uri endpoint)
    {
        var urlPath = $"{itemPath}.{_url}";
        var href = Resolve(item, _url, urlPath, nameof(PaginationOptions.UrlField), endpoint);
        if (href.ValueKind != JsonValueKind.String
            || !Uri.TryCreate(endpoint, href.GetString()!.Trim(), out var url)
            || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw Layout(endpoint, $"{urlPath} is {Describe(href)}, not a web address (Pagination:UrlField)");
        }

        var titlePath = $"{itemPath}.{_title}";
        var titleValue = Resolve(item, _title, titlePath, nameof(PaginationOptions.TitleField), endpoint);
        var title = titleValue.ValueKind == JsonValueKind.String ? CellText.Clean(titleValue.GetString()) : "";
        if (title.Length == 0)
        {
            throw Layout(endpoint, $"{titlePath} is {Describe(titleValue)}, not a title (Pagination:TitleField)");
        }

        return new NoticeLink(title, url, ReadDate(item, itemPath, endpoint));
    }

    private DateOnly? ReadDate(JsonElement item, string itemPath, Uri endpoint)
    {
        if (_date is null)
        {
            return null;
        }

        var datePath = $"{itemPath}.{_date}";
        var value = Resolve(item, _date, datePath, nameof(PaginationOptions.DateField), endpoint);
        return value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String when string.IsNullOrWhiteSpace(value.GetString()) => null,
            _ => JsonDate.Parse(value) ?? throw Layout(endpoint, $"{datePath} is {Describe(value)}, not a date (Pagination:DateField)"),
        };
    }

    private static int? ReadCount(JsonElement root, JsonFieldPath? path, string key, Uri endpoint)
    {
        if (path is null)
        {
            return null;
        }

        var value = Resolve(root, path, path.Text, key, endpoint);
        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var number) && number >= 0 => number,
            JsonValueKind.String when int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) => number,
            _ => throw Layout(endpoint, $"{path} is {Describe(value)}, not a count (Pagination:{key})"),
        };
    }

    private static JsonElement Resolve(JsonElement from, JsonFieldPath path, string fullPath, string key, Uri endpoint) =>
        path.TryResolve(from, out var value) ? value : throw Layout(endpoint, $"{fullPath} is missing (Pagination:{key})");

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.Null => "null",
        _ => Quote(value.GetRawText()),
    };

    private static string Quote(string raw) =>
        raw.Length <= QuotedValueLength ? raw : string.Concat(raw.AsSpan(0, QuotedValueLength), "…");

    private static string FirstSentence(string message) =>
        message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].ReplaceLineEndings(" ");

    private static LayoutChangedException Layout(Uri endpoint, string reason) => new(endpoint.AbsoluteUri, reason);
}
