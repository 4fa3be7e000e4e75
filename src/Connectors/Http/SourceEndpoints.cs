namespace YuanlingTech.Connectors.Http;

/// <summary>The URLs a source is configured with (every <see cref="Uri"/> property of its options): its hosts by default.</summary>
public sealed record SourceEndpoints(string SourceId, IReadOnlyList<Uri> Urls)
{
    public static SourceEndpoints Of(string sourceId, params object[] options) =>
        new(sourceId, options.SelectMany(o => o.GetType().GetProperties()
                .Where(property => property.PropertyType == typeof(Uri) && property.GetIndexParameters().Length == 0)
                .Select(property => property.GetValue(o) as Uri))
            .OfType<Uri>()
            .Where(url => url.IsAbsoluteUri)
            .ToList());
}
