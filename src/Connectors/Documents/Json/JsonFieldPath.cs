using System.Globalization;
using System.Text.Json;

namespace YuanlingTech.Connectors.Documents.Json;

/// <summary>A dotted path into a JSON value (<c>data.list</c>, <c>attributes.url</c>); a numeric segment indexes an array.</summary>
public sealed class JsonFieldPath
{
    private readonly string[] _segments;

    public JsonFieldPath(string path)
    {
        if (SyntaxError(path) is { } error)
        {
            throw new ArgumentException($"JSON path {error}", nameof(path));
        }

        Text = path;
        _segments = path.Split('.');
    }

    /// <summary>The path as configured.</summary>
    public string Text { get; }

    /// <summary>Why <paramref name="path"/> is not a usable path; null when it is.</summary>
    public static string? SyntaxError(string? path) =>
        string.IsNullOrWhiteSpace(path) ? "is empty"
        : path.Split('.').Any(s => s.Trim().Length == 0) ? $"'{path}' has an empty segment"
        : null;

    /// <summary>The value at this path below <paramref name="from"/>; false when a segment is absent.</summary>
    public bool TryResolve(JsonElement from, out JsonElement value)
    {
        value = from;
        foreach (var segment in _segments)
        {
            if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty(segment, out var property))
            {
                value = property;
            }
            else if (value.ValueKind == JsonValueKind.Array
                && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && index < value.GetArrayLength())
            {
                value = value[index];
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    public override string ToString() => Text;
}
