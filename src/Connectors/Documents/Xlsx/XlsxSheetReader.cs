using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace YuanlingTech.Connectors.Documents.Xlsx;

/// <summary>
/// Streams a worksheet's <c>row</c>/<c>c</c> elements into rows of text. Rows missing between row numbers come out
/// as rows of nulls so row indexes match the sheet; every row is padded to the widest row (or the sheet dimension,
/// when it is within the limits: it is the writer's claim, never a size to allocate). Row and cell references are
/// checked against <see cref="XlsxLimits"/> before anything is placed at them. The merged ranges listed after the rows
/// are applied to the rows read (<see cref="SheetMerges"/>), so a merged cell reads like an HTML colspan/rowspan one.
/// </summary>
internal sealed class XlsxSheetReader
{
    private const int ShownReferenceChars = 16;

    private readonly string?[] _sharedStrings;
    private readonly CellStyles _styles;
    private readonly XlsxLimits _limits;
    private readonly SheetMerges _merges;
    private readonly StringBuilder _buffer = new();
    private readonly List<List<string?>?> _rows = [];
    private List<string?>? _row;
    private int _column;
    private int _width;
    private long _cells;
    private long _characters;

    private XlsxSheetReader(string?[] sharedStrings, CellStyles styles, XlsxLimits limits)
    {
        _sharedStrings = sharedStrings;
        _styles = styles;
        _limits = limits;
        _merges = new SheetMerges(limits);
    }

    public static IReadOnlyList<IReadOnlyList<string?>> Read(ZipArchiveEntry sheet, string?[] sharedStrings, CellStyles styles, XlsxLimits limits) =>
        Read(sheet, sharedStrings, styles, limits, CancellationToken.None);

    /// <summary>As above, checking <paramref name="cancellationToken"/> every 1,024 rows (a run's budget ends a long sheet).</summary>
    public static IReadOnlyList<IReadOnlyList<string?>> Read(
        ZipArchiveEntry sheet, string?[] sharedStrings, CellStyles styles, XlsxLimits limits, CancellationToken cancellationToken)
    {
        var reader = new XlsxSheetReader(sharedStrings, styles, limits);
        using (var stream = XlsxPackage.Open(sheet, limits))
        using (var xml = XmlReader.Create(stream, XlsxPackage.ReaderSettings))
        {
            reader.ReadSheet(xml, cancellationToken);
        }

        var rows = reader.PaddedRows();
        reader._merges.Apply(rows, reader._width, reader._characters, cancellationToken);
        return rows;
    }

    private void ReadSheet(XmlReader reader, CancellationToken cancellationToken)
    {
        var rowsSeen = 0;
        var names = reader.NameTable;
        var (cell, row, dimension, mergeCell) = (names.Add("c"), names.Add("row"), names.Add("dimension"), names.Add("mergeCell"));
        reader.Read();
        while (!reader.EOF)
        {
            var name = reader.LocalName;
            if (reader.NodeType == XmlNodeType.Element)
            {
                if (ReferenceEquals(name, cell) && _row is not null)
                {
                    ReadCell(reader);
                    continue;
                }

                if (ReferenceEquals(name, row))
                {
                    if ((++rowsSeen & 1023) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    StartRow(reader.GetAttribute("r"));
                    if (reader.IsEmptyElement)
                    {
                        EndRow();
                    }
                }
                else if (ReferenceEquals(name, mergeCell))
                {
                    _merges.Add(reader.GetAttribute("ref"));
                }
                else if (ReferenceEquals(name, dimension))
                {
                    var range = reader.GetAttribute("ref") ?? string.Empty;
                    var declaredWidth = CellReference.Column(range[(range.IndexOf(':', StringComparison.Ordinal) + 1)..]) + 1;
                    if (declaredWidth <= _limits.MaxColumns)
                    {
                        _width = Math.Max(_width, declaredWidth);
                    }
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && ReferenceEquals(name, row))
            {
                EndRow();
            }

            reader.Read();
        }
    }

    private void StartRow(string? number)
    {
        var index = long.TryParse(number, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed > _rows.Count
            ? parsed - 1
            : _rows.Count;
        if (index >= _limits.MaxRows)
        {
            throw new InvalidDataException($"row {index + 1} is beyond the {_limits.MaxRows} rows a sheet may have (Xlsx:MaxRows)");
        }

        while (_rows.Count < index)
        {
            _rows.Add(null);
        }

        _row = [];
        _column = -1;
    }

    private void EndRow()
    {
        if (_row is not null)
        {
            _width = Math.Max(_width, _row.Count);
            _rows.Add(_row.Count == 0 ? null : _row);
            _row = null;
        }
    }

    private void ReadCell(XmlReader reader)
    {
        var reference = reader.GetAttribute("r");
        var type = reader.GetAttribute("t");
        var style = reader.GetAttribute("s");
        var column = reference is null ? -1 : CellReference.Column(reference);
        _column = column >= 0 ? column : _column + 1;
        if (_column >= _limits.MaxColumns)
        {
            throw new InvalidDataException(
                $"cell {Shown(reference) ?? "without a reference"} in row {_rows.Count + 1} is beyond the {_limits.MaxColumns} columns a sheet may have (Xlsx:MaxColumns)");
        }

        string? raw = null;
        if (reader.IsEmptyElement)
        {
            reader.Read();
        }
        else
        {
            var depth = reader.Depth;
            reader.Read();
            while (reader.Depth > depth)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                }
                else if (reader.LocalName == "v")
                {
                    raw = reader.ReadElementContentAsString();
                }
                else if (reader.LocalName == "is")
                {
                    raw = XlsxText.ReadItem(reader, _buffer);
                }
                else
                {
                    reader.Skip();
                }
            }

            reader.Read();
        }

        var dateStyle = style is not null
            && int.TryParse(style, NumberStyles.Integer, CultureInfo.InvariantCulture, out var styleIndex)
            && _styles.IsDate(styleIndex);
        var value = CellValue.Format(type, raw, dateStyle, _sharedStrings);
        CountCharacters(value);
        if (_row!.Count <= _column)
        {
            CountCells(_column + 1 - _row.Count);
            while (_row.Count <= _column)
            {
                _row.Add(null);
            }
        }

        _row[_column] = value;
    }

    private static string? Shown(string? reference) =>
        reference is null ? null
        : new string([.. reference.Take(ShownReferenceChars).Select(c => char.IsControl(c) ? ' ' : c)]) + (reference.Length > ShownReferenceChars ? "…" : string.Empty);

    // Shared strings are held once, but whatever reads the rows may copy a cell's text per cell: the rows as returned
    // hold no more text than a part may, however often cells repeat a long shared string.
    private void CountCharacters(string? value)
    {
        _characters += value?.Length ?? 0;
        if (_characters > _limits.MaxPartBytes)
        {
            throw new InvalidDataException(
                $"the sheet's cells hold more than {_limits.MaxPartBytes} characters (Xlsx:MaxPartBytes) by row {_rows.Count + 1}");
        }
    }

    private void CountCells(long added)
    {
        _cells += added;
        if (_cells > _limits.MaxCells)
        {
            throw new InvalidDataException($"the sheet has more than {_limits.MaxCells} cells (Xlsx:MaxCells) by row {_rows.Count + 1}");
        }
    }

    private List<List<string?>> PaddedRows()
    {
        if ((long)_rows.Count * _width > _limits.MaxCells)
        {
            throw new InvalidDataException(
                $"the sheet's {_rows.Count} rows × {_width} columns are more than {_limits.MaxCells} cells (Xlsx:MaxCells)");
        }

        var rows = new List<List<string?>>(_rows.Count);
        foreach (var row in _rows)
        {
            var padded = row ?? new List<string?>(_width);
            while (padded.Count < _width)
            {
                padded.Add(null);
            }

            rows.Add(padded);
        }

        return rows;
    }
}
