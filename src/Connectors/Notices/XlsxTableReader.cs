using System.IO.Compression;
using System.Xml;
using YuanlingTech.Connectors.Notices.Xlsx;

namespace YuanlingTech.Connectors.Notices;

/// <summary>
/// Reads the first sheet of an xlsx attachment as rows of strings. Numbers keep their invariant form
/// (so Excel date serials reach the date normalizer as numbers); date-formatted cells become yyyy-MM-dd.
/// </summary>
public static class XlsxTableReader
{
    public static IReadOnlyList<IReadOnlyList<string?>> Read(Stream xlsx)
    {
        ArgumentNullException.ThrowIfNull(xlsx);

        var source = xlsx.CanSeek ? xlsx : CopyToMemory(xlsx);
        try
        {
            using var archive = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
            var sheet = XlsxPackage.FirstSheet(archive);
            return XlsxSheetReader.Read(sheet, SharedStrings.Read(archive), CellStyles.Read(archive));
        }
        catch (XmlException ex)
        {
            // Callers treat InvalidDataException as "not a readable xlsx file".
            throw new InvalidDataException($"malformed xlsx part: {ex.Message}", ex);
        }
        finally
        {
            if (!ReferenceEquals(source, xlsx))
            {
                source.Dispose();
            }
        }
    }

    // The zip directory sits at the end of the file; HTTP response streams cannot seek.
    private static MemoryStream CopyToMemory(Stream xlsx)
    {
        var copy = new MemoryStream();
        xlsx.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }
}
