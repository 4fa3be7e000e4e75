using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.Documents.Tables;
using YuanlingTech.Connectors.Documents.Xlsx;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.Sources.KvLoans;

/// <summary>One monthly xlsx export to its raw loan rows; a file that is no xlsx or lacks a column is a layout change naming it.</summary>
public static class LoanExportFile
{
    public static IReadOnlyList<RawRecord> Read(byte[] body, Uri url, XlsxLimits limits, CancellationToken cancellationToken)
    {
        IReadOnlyList<IReadOnlyList<string?>> rows;
        try
        {
            using var stream = new MemoryStream(body, writable: false);
            rows = XlsxTableReader.Read(stream, limits, cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException)
        {
            throw new LayoutChangedException(url.AbsoluteUri, $"not a readable xlsx file ({ex.Message})");
        }

        return TableMapper.Map(rows, LoanExportColumns.Map, url.AbsoluteUri);
    }
}
