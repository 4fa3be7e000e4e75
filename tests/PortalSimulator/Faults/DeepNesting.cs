using System.Collections.Concurrent;
using System.Text;

namespace YuanlingTech.PortalSimulator.Faults;

/// <summary>A page of nothing but nested &lt;div&gt; elements, about 11 bytes a level (100,000 levels: 1.1 MB), ASCII only.</summary>
internal static class DeepNesting
{
    private static readonly ConcurrentDictionary<int, byte[]> Built = new();

    public static byte[] Page(int depth) => Built.GetOrAdd(depth, levels =>
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><title>deep</title></head><body>", (levels * 11) + 100);
        for (var level = 0; level < levels; level++)
        {
            html.Append("<div>");
        }

        html.Append("text");
        for (var level = 0; level < levels; level++)
        {
            html.Append("</div>");
        }

        return Encoding.ASCII.GetBytes(html.Append("</body></html>").ToString());
    });
}
