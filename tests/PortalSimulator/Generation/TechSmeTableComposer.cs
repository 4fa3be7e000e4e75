
namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>Turns a tech-SME article's logical rows into the published table: columns, aliases, style and dirt.</summary>
internal static class TechSmeTableComposer
{
    private enum Column
    {
        Serial,
        Name,
        Uscc,
        Number,
        Region,
        Reason,
    }

    public static void Compose(Article article, Random random)
    {
        var hasUscc = random.NextDouble() < (article.Kind == ArticleKind.TechSmeProposed ? 0.5 : 0.65);
        var roll = random.NextDouble();
        var style = roll < 0.45 ? TableStyle.Xlsx : roll < 0.63 ? TableStyle.Word : TableStyle.Plain;
        var columns = new List<Column> { Column.Serial, Column.Name };
        if (hasUscc)
        {
            columns.Add(Column.Uscc);
        }

        if (article.Kind != ArticleKind.TechSmeProposed)
        {
            columns.Add(Column.Number);
        }

        columns.Add(Column.Region);
        if (article.Kind == ArticleKind.TechSmeRemoved)
        {
            columns.Add(Column.Reason);
        }

        var headers = columns.Select(c => Header(c, random)).ToList();
        var caption = style == TableStyle.Word || random.NextDouble() < 0.4 ? article.ListName : null;
        var table = new PublishedTable(style, caption, headers);
        var serial = 0;
        TechSmeRow? previous = null;
        for (var i = 0; i < article.TechSmeRows.Count; i++)
        {
            var row = article.TechSmeRows[i];
            row.RowNumber = i + 1;
            if (row.IsDuplicate && previous is not null)
            {
                row.UsccValid = previous.UsccValid;
                table.Rows.Add((object?[])table.Rows[^1].Clone());
                continue;
            }

            serial++;
            row.UsccValid = false;
            table.Rows.Add(columns.Select(c => Cell(c, row, serial, style, random)).ToArray());
            previous = row;
        }

        article.Table = table;
        if (style == TableStyle.Xlsx)
        {
            article.AttachmentFileName = $"P0{article.PublishedAt:yyyyMMdd}{random.NextInt64(100_000_000_000, 999_999_999_999)}.xlsx";
            article.AttachmentLinkText = $"1.{article.ListName}.xlsx";
        }
    }

    private static string Header(Column column, Random random) => column switch
    {
        Column.Serial => "序号",
        Column.Name => random.NextDouble() < 0.2 ? "单位名称" : "企业名称",
        Column.Uscc => random.NextDouble() < 0.3 ? "社会信用代码" : "统一社会信用代码",
        Column.Number => random.NextDouble() < 0.3 ? "登记编号" : "入库登记编号",
        Column.Region => random.NextDouble() < 0.5 ? "所属市州" : "所属地区",
        _ => "撤销原因",
    };

    private static object? Cell(Column column, TechSmeRow row, int serial, TableStyle style, Random random)
    {
        var reject = row.RejectReason;
        switch (column)
        {
            case Column.Serial:
                return style == TableStyle.Xlsx ? serial : serial.ToString();
            case Column.Name:
                return reject == "name" ? "" : CellDirt.Name(random, row.Firm.Name);
            case Column.Uscc:
                var (text, valid) = CellDirt.Uscc(random, row.Firm.Uscc);
                row.UsccValid = valid;
                return text;
            case Column.Number:
                var number = row.RegistrationNo!;
                return reject == "registration_no" ? number[..12] : NumberDirt(random, number);
            case Column.Region:
                return reject == "region" ? "火星市" : CellDirt.Region(random, row.RegionCode);
            default:
                return row.RemovalReason;
        }
    }

    private static string NumberDirt(Random random, string number) => random.NextDouble() switch
    {
        < 0.03 => CellDirt.ToFullWidth(number),
        < 0.05 => number + " ",
        < 0.06 => number.ToLowerInvariant(),
        _ => number,
    };
}
