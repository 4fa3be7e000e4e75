using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace YuanlingTech.Storage.Migrations
{
    /// <inheritdoc />
    public partial class PendingRelink : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Enterprises a load created or renamed, noted in the load's own transaction and re-matched once at the run's
            // end (see PendingRelinks): a crash in between leaves the note for the next run. Rows are read whole and
            // deleted whole under the exclusive enterprise link lock; no index is needed.
            migrationBuilder.Sql("""
                CREATE TABLE ingest.pending_relink (
                    name_key text,
                    uscc text,
                    noted_at timestamptz NOT NULL DEFAULT now());
                COMMENT ON TABLE ingest.pending_relink IS
                    'Names and USCCs of enterprises created or renamed by loads whose facts are not yet re-matched; emptied at the end of every sync run.';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS ingest.pending_relink;");
        }
    }
}
