using PdfSharp.Fonts;

namespace YuanlingTech.PortalSimulator.Sources.HnteNational;

/// <summary>Serves WenQuanYi Micro Hei (Debian <c>fonts-wqy-microhei</c>, face 0 of its .ttc) for every typeface.</summary>
internal sealed class CjkFontResolver : IFontResolver
{
    public const string FamilyName = "WenQuanYi Micro Hei";

    private const string FaceName = "wqy-microhei-0";

    private static readonly string[] Candidates =
    [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    ];

    private static readonly Lock Gate = new();

    private readonly Lazy<byte[]> _font = new(Load);

    /// <summary>Sets the resolver once per process (PDFsharp keeps it globally).</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not CjkFontResolver)
            {
                GlobalFontSettings.FontResolver = new CjkFontResolver();
            }
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(FaceName);

    public byte[] GetFont(string faceName) => _font.Value;

    private static byte[] Load()
    {
        var path = Candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                "The CJK font for the simulator's PDFs is missing: run scripts/ensure-system-packages.sh (installs fonts-wqy-microhei).");
        return TtcFace.Extract(File.ReadAllBytes(path), 0);
    }
}
