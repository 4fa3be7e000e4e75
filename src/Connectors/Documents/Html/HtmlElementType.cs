
namespace YuanlingTech.Connectors.Documents.Html;

/// <summary>An element name with its tree-construction kind and a small id, so the depth tracker compares and counts without hashing names.</summary>
internal sealed class HtmlElementType(string name, int id, ElementKind kind)
{
    public string Name { get; } = name;

    public int Id { get; } = id;

    public ElementKind Kind { get; } = kind;

    public bool Is(ElementKind kind) => (Kind & kind) != 0;

    public override string ToString() => Name;
}
