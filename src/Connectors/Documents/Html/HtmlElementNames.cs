using System.Collections.Frozen;

namespace YuanlingTech.Connectors.Documents.Html;

/// <summary>The element categories of the HTML tree-construction rules that decide how deep a page nests.</summary>
internal static class HtmlElementNames
{
    public static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen",
        "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>The spec's "special" category: an end tag of an ordinary element does not close past one of these.</summary>
    public static readonly HashSet<string> Special = new(StringComparer.Ordinal)
    {
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button",
        "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption",
        "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr",
        "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav",
        "noembed", "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section",
        "select", "source", "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead",
        "title", "tr", "track", "ul", "wbr", "xmp", "mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc",
    };

    /// <summary>Where an element "in scope" is looked for no further (the default scope of the spec).</summary>
    public static readonly HashSet<string> Scope = new(StringComparer.Ordinal)
    {
        "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template",
        "mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc",
    };

    /// <summary>Start tags that close an open &lt;p&gt; (in button scope) before they open.</summary>
    public static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section",
        "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "li", "dd", "dt", "xmp", "plaintext",
    };

    public static readonly HashSet<string> Headings = new(StringComparer.Ordinal) { "h1", "h2", "h3", "h4", "h5", "h6" };

    public static readonly HashSet<string> Formatting = new(StringComparer.Ordinal)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    public static readonly HashSet<string> TableSections = new(StringComparer.Ordinal) { "tbody", "thead", "tfoot" };

    /// <summary>Elements that put a marker on the list of active formatting elements (formatting does not leak out of them).</summary>
    public static readonly HashSet<string> MarkerScopes = new(StringComparer.Ordinal)
    {
        "td", "th", "caption", "applet", "object", "marquee", "template",
    };

    /// <summary>Special elements whose start tag still reopens the formatting elements before it (the others are blocks).</summary>
    public static readonly HashSet<string> ReopensFormatting = new(StringComparer.Ordinal)
    {
        "area", "br", "embed", "img", "image", "keygen", "wbr", "input", "applet", "marquee", "object", "select", "button",
    };

    /// <summary>Every name the tag scanner resolves without allocating: the HTML elements and the tags Word pastes.</summary>
    public static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "acronym", "address", "applet", "area", "article", "aside", "audio", "b", "base", "basefont", "bdi", "bdo",
        "bgsound", "big", "blink", "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col",
        "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "embed",
        "fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6",
        "head", "header", "hgroup", "hr", "html", "i", "iframe", "image", "img", "input", "ins", "kbd", "keygen", "label",
        "legend", "li", "link", "listing", "main", "map", "mark", "marquee", "math", "menu", "meta", "meter", "nav", "nobr",
        "noembed", "noframes", "noscript", "object", "ol", "optgroup", "option", "output", "p", "param", "picture",
        "plaintext", "pre", "progress", "q", "rb", "rp", "rt", "rtc", "ruby", "s", "samp", "script", "search", "section",
        "select", "slot", "small", "source", "span", "strike", "strong", "style", "sub", "summary", "sup", "svg", "table",
        "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var",
        "video", "wbr", "xmp", "o:p", "path", "g", "rect", "circle", "line", "polyline", "polygon", "text", "tspan", "defs",
        "use", "foreignobject", "desc", "mi", "mo", "mn", "ms", "mtext", "annotation-xml",
    };

    private static readonly FrozenDictionary<string, HtmlElementType> Types = Known
        .Select((name, id) => new HtmlElementType(name, id, KindOf(name)))
        .ToFrozenDictionary(type => type.Name, StringComparer.Ordinal);

    /// <summary>Number of known element types: their ids are 0 to this, exclusive.</summary>
    public static int TypeCount => Types.Count;

    /// <summary>The type of a lower-case element name; null for names outside HTML.</summary>
    public static HtmlElementType? TypeOf(string name) => Types.GetValueOrDefault(name);

    /// <summary>The type of a known element name (the tracker's rules name these).</summary>
    public static HtmlElementType Type(string name) => Types[name];

    private static ElementKind KindOf(string name) =>
        (Void.Contains(name) ? ElementKind.Void : 0)
        | (Special.Contains(name) ? ElementKind.Special : 0)
        | (Scope.Contains(name) ? ElementKind.ScopeBoundary : 0)
        | (ClosesParagraph.Contains(name) ? ElementKind.ClosesParagraph : 0)
        | (Headings.Contains(name) ? ElementKind.Heading : 0)
        | (Formatting.Contains(name) ? ElementKind.Formatting : 0)
        | (TableSections.Contains(name) ? ElementKind.TableSection : 0)
        | (MarkerScopes.Contains(name) ? ElementKind.MarkerScope : 0)
        | (ReopensFormatting.Contains(name) ? ElementKind.ReopensFormatting : 0);
}
