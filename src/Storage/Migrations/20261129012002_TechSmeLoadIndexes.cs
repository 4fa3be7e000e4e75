using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace YuanlingTech.Storage.Migrations
{
    /// <inheritdoc />
    public partial class TechSmeLoadIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A tech-SME list load asks "is a later list of this batch loaded?" and deletes the rows a newer list replaced;
            // without these both read every certification once per list, which grows with the warehouse.
            migrationBuilder.Sql("""
                CREATE INDEX ix_certification_techsme_batch
                    ON warehouse.certification (batch_year, (coalesce(batch_no, 0)), valid_from) WHERE kind = 'techsme';
                CREATE INDEX ix_certification_techsme_removal_pending
                    ON warehouse.certification (certificate_no) WHERE kind = 'techsme' AND status = 'revoked' AND valid_from IS NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX IF EXISTS warehouse.ix_certification_techsme_batch;
                DROP INDEX IF EXISTS warehouse.ix_certification_techsme_removal_pending;
                """);
        }
    }
}
