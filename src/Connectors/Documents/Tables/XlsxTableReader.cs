using System.IO.Compression;
using System.Xml;
using YuanlingTech.Connectors.Documents.Xlsx;

namespace YuanlingTech.Connectors.Documents.Tables;

/// <summary>
/// Reads the first sheet of an xlsx attachment as rows of strings. Numbers keep their invariant form
/// (so Excel date serials reach the date normalizer as numbers); date-formatted cells become yyyy-MM-dd.
/// </summary>
public static class XlsxTableReader
{
    /// <summary>Reads with <see cref="XlsxLimits.Default"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<string?>> Read(Stream xlsx) => Read(xlsx, XlsxLimits.Default);

    /// <summary>
    /// Throws <see cref="InvalidDataException"/> naming the limit (e.g. <c>Xlsx:MaxRows</c>) when the file holds more than
    /// <paramref name="limits"/> allow, and when it is not a readable xlsx file.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string?>> Read(Stream xlsx, XlsxLimits limits) => Read(xlsx, limits, CancellationToken.None);

    /// <inheritdoc cref="Read(Stream, XlsxLimits)"/>
    public static IReadOnlyList<IReadOnlyList<string?>> Read(Stream xlsx, XlsxLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        ArgumentNullException.ThrowIfNull(limits);

        var source = xlsx.CanSeek ? xlsx : CopyToMemory(xlsx, limits);
        try
        {
            using var archive = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
            var sheet = XlsxPackage.FirstSheet(archive, limits);
            return XlsxSheetReader.Read(sheet, SharedStrings.Read(archive, limits), CellStyles.Read(archive, limits), limits, cancellationToken);
        }
        catch (XmlException ex)
        {
            // Callers treat InvalidDataException as "not a readable xlsx file".
            throw new InvalidDataException($"malformed xlsx part: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is NotSupportedException or ArgumentException or OverflowException)
        {
            // What a crafted zip directory makes ZipArchive throw (an unknown compression method, an offset out of range).
            throw new InvalidDataException($"not a readable zip package: {ex.Message}", ex);
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
    private static MemoryStream CopyToMemory(Stream xlsx, XlsxLimits limits)
    {
        var copy = new MemoryStream();
        using var bounded = new BoundedPartStream(xlsx, "the file has", limits.MaxPartBytes, leaveOpen: true);
        bounded.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }
}
