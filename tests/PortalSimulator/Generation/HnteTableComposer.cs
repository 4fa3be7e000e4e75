
namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>Turns an HNTE article's logical rows into the published table: columns, aliases, style and dirt.</summary>
internal static class HnteTableComposer
{
    private enum Column
    {
        Serial,
        Name,
        Uscc,
        Region,
        CertificateNo,
        IssueDate,
        Reason,
        Year,
    }

    public static void Compose(Article article, Random random)
    {
        var hasUscc = random.NextDouble() < (article.Kind == ArticleKind.Recognized ? 0.7 : 0.5);
        var roll = random.NextDouble();
        var style = roll < 0.45 ? TableStyle.Xlsx : roll < 0.63 ? TableStyle.Word : TableStyle.Plain;
        var columns = Columns(article, hasUscc);
        var headers = columns.Select(c => Header(c, article, random)).ToList();
        var captionRoll = random.NextDouble();
        var caption = style == TableStyle.Word || (style == TableStyle.Plain && captionRoll < 0.3)
            || (style == TableStyle.Xlsx && captionRoll < 0.5)
            ? article.ListName
            : null;
        var table = new PublishedTable(style, caption, headers);
        var dateFormat = random.Next(3);
        var serialDates = style == TableStyle.Xlsx && random.NextDouble() < 0.4;
        var serial = 0;
        HnteRow? previous = null;
        for (var i = 0; i < article.Rows.Count; i++)
        {
            var row = article.Rows[i];
            row.RowNumber = i + 1;
            if (row.IsDuplicate && previous is not null)
            {
                row.UsccValid = previous.UsccValid;
                table.Rows.Add((object?[])table.Rows[^1].Clone());
                continue;
            }

            serial++;
            row.UsccValid = false;
            var cells = new object?[columns.Count];
            for (var c = 0; c < columns.Count; c++)
            {
                cells[c] = Cell(columns[c], row, serial, style, random, serialDates, dateFormat);
            }

            table.Rows.Add(cells);
            previous = row;
        }

        article.Table = table;
        if (style == TableStyle.Xlsx)
        {
            article.AttachmentFileName = $"P0{article.PublishedAt:yyyyMMdd}{random.NextInt64(100_000_000_000, 999_999_999_999)}.xlsx";
            article.AttachmentLinkText = $"1.{article.ListName}.xlsx";
        }
    }

    private static List<Column> Columns(Article article, bool hasUscc)
    {
        var columns = new List<Column> { Column.Serial };
        switch (article.Kind)
        {
            case ArticleKind.Proposed:
                columns.Add(Column.Name);
                AddIf(columns, hasUscc, Column.Uscc);
                columns.Add(Column.Region);
                break;
            case ArticleKind.Recognized:
                AddIf(columns, !article.LayoutChanged, Column.CertificateNo);
                columns.Add(Column.Name);
                AddIf(columns, hasUscc, Column.Uscc);
                columns.AddRange([Column.Region, Column.IssueDate]);
                break;
            default:
                columns.Add(Column.Name);
                AddIf(columns, hasUscc, Column.Uscc);
                columns.AddRange([Column.CertificateNo, Column.Reason]);
                AddIf(columns, article.Rows.Any(r => r.RevocationYear is not null), Column.Year);
                break;
        }

        return columns;
    }

    private static void AddIf(List<Column> columns, bool condition, Column column)
    {
        if (condition)
        {
            columns.Add(column);
        }
    }

    private static string Header(Column column, Article article, Random random) => column switch
    {
        Column.Serial => "序号",
        Column.Name when article.LayoutChanged => "名称（盖章）",
        Column.Name => random.NextDouble() < 0.3 ? "单位名称" : "企业名称",
        Column.Uscc => random.NextDouble() < 0.3 ? "社会信用代码" : "统一社会信用代码",
        Column.Region => random.NextDouble() < 0.4 ? "所属市州" : "所属地区",
        Column.CertificateNo => "证书编号",
        Column.IssueDate => random.NextDouble() < 0.3 ? "发证时间" : "发证日期",
        Column.Reason => "取消原因",
        _ => "取消年度",
    };

    private static object? Cell(
        Column column, HnteRow row, int serial, TableStyle style, Random random, bool serialDates, int dateFormat)
    {
        var reject = row.RejectReason;
        switch (column)
        {
            case Column.Serial:
                return style == TableStyle.Xlsx ? (object)serial : serial.ToString();
            case Column.Name:
                return reject == "name" ? "" : CellDirt.Name(random, row.Firm.Name);
            case Column.Uscc:
                var (text, valid) = CellDirt.Uscc(random, row.Firm.Uscc);
                row.UsccValid = valid;
                return text;
            case Column.Region:
                return reject == "region" ? "火星市" : CellDirt.Region(random, row.Firm.RegionCode);
            case Column.CertificateNo:
                var number = row.Certificate!.Number;
                return reject == "certificate_no" ? number[..13] : CellDirt.CertificateNo(random, number);
            case Column.IssueDate:
                var issued = row.Certificate!.IssueDate;
                if (reject == "issue_date")
                {
                    return "待定";
                }

                return serialDates
                    ? (object)CellDirt.ExcelSerial(issued)
                    : CellDirt.Date(issued, random.NextDouble() < 0.05 ? random.Next(3) : dateFormat);
            case Column.Reason:
                return row.RevocationReason;
            default:
                return row.RevocationYear is { } year ? (style == TableStyle.Xlsx ? (object)year : year.ToString()) : "";
        }
    }
}
