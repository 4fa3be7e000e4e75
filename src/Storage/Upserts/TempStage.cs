namespace YuanlingTech.Storage.Upserts;

/// <summary>
/// A hand-written staging table declared once: its name and columns, from which both the CREATE and the binary COPY
/// statement are built, so the two column lists cannot drift apart (the upsert specs do the same in <see cref="UpsertSql"/>).
/// </summary>
/// <param name="Name">The temporary table's name.</param>
/// <param name="Columns">Each column with its SQL type (and storage options, e.g. <c>bytea COMPRESSION lz4</c>), in COPY order.</param>
/// <param name="Options">What follows the column list, e.g. <c>ON COMMIT DROP</c>.</param>
public sealed record TempStage(string Name, IReadOnlyList<(string Name, string Type)> Columns, string Options = "ON COMMIT DROP")
{
    public string Create { get; } = $"CREATE TEMP TABLE {Name} ({string.Join(", ", Columns.Select(c => $"{c.Name} {c.Type}"))}) {Options}";

    public string Copy { get; } = $"COPY {Name} ({string.Join(", ", Columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)";
}
