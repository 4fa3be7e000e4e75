using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace YuanlingTech.Storage.Migrations
{
    /// <summary>
    /// The bulk-loaded tables (certification, tech_contract, loan, enterprise) lose their foreign keys to the region catalogue
    /// and to the sync run that last wrote a row: each cost a per-row trigger of ≈ 9 µs, a third of a contract merge.
    /// Region codes come from the same catalogue (<c>HunanDivisions</c>) that seeds <c>warehouse.region</c>, sync run ids
    /// from the run writing the row; the <c>relationship:</c> data-quality checks verify both. Enterprise links keep theirs.
    /// </summary>
    public partial class BulkFactsWithoutLineageForeignKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_certification_region_code",
                schema: "warehouse",
                table: "certification");

            migrationBuilder.DropForeignKey(
                name: "fk_certification_sync_run_id",
                schema: "warehouse",
                table: "certification");

            migrationBuilder.DropForeignKey(
                name: "fk_enterprise_last_sync_run_id",
                schema: "warehouse",
                table: "enterprise");

            migrationBuilder.DropForeignKey(
                name: "fk_enterprise_region_code",
                schema: "warehouse",
                table: "enterprise");

            migrationBuilder.DropForeignKey(
                name: "fk_loan_region_code",
                schema: "warehouse",
                table: "loan");

            migrationBuilder.DropForeignKey(
                name: "fk_loan_sync_run_id",
                schema: "warehouse",
                table: "loan");

            migrationBuilder.DropForeignKey(
                name: "fk_tech_contract_buyer_div",
                schema: "warehouse",
                table: "tech_contract");

            migrationBuilder.DropForeignKey(
                name: "fk_tech_contract_seller_div",
                schema: "warehouse",
                table: "tech_contract");

            migrationBuilder.DropForeignKey(
                name: "fk_tech_contract_sync_run_id",
                schema: "warehouse",
                table: "tech_contract");

            migrationBuilder.DropIndex(
                name: "ix_tech_contract_sync_run_id",
                schema: "warehouse",
                table: "tech_contract");

            migrationBuilder.DropIndex(
                name: "ix_loan_sync_run_id",
                schema: "warehouse",
                table: "loan");

            migrationBuilder.DropIndex(
                name: "ix_enterprise_last_sync_run_id",
                schema: "warehouse",
                table: "enterprise");

            migrationBuilder.DropIndex(
                name: "ix_certification_sync_run_id",
                schema: "warehouse",
                table: "certification");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_tech_contract_sync_run_id",
                schema: "warehouse",
                table: "tech_contract",
                column: "sync_run_id");

            migrationBuilder.CreateIndex(
                name: "ix_loan_sync_run_id",
                schema: "warehouse",
                table: "loan",
                column: "sync_run_id");

            migrationBuilder.CreateIndex(
                name: "ix_enterprise_last_sync_run_id",
                schema: "warehouse",
                table: "enterprise",
                column: "last_sync_run_id");

            migrationBuilder.CreateIndex(
                name: "ix_certification_sync_run_id",
                schema: "warehouse",
                table: "certification",
                column: "sync_run_id");

            migrationBuilder.AddForeignKey(
                name: "fk_certification_region_code",
                schema: "warehouse",
                table: "certification",
                column: "region_code",
                principalSchema: "warehouse",
                principalTable: "region",
                principalColumn: "code",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_certification_sync_run_id",
                schema: "warehouse",
                table: "certification",
                column: "sync_run_id",
                principalSchema: "ingest",
                principalTable: "sync_run",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_enterprise_last_sync_run_id",
                schema: "warehouse",
                table: "enterprise",
                column: "last_sync_run_id",
                principalSchema: "ingest",
                principalTable: "sync_run",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_enterprise_region_code",
                schema: "warehouse",
                table: "enterprise",
                column: "region_code",
                principalSchema: "warehouse",
                principalTable: "region",
                principalColumn: "code",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_loan_region_code",
                schema: "warehouse",
                table: "loan",
                column: "region_code",
                principalSchema: "warehouse",
                principalTable: "region",
                principalColumn: "code",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_loan_sync_run_id",
                schema: "warehouse",
                table: "loan",
                column: "sync_run_id",
                principalSchema: "ingest",
                principalTable: "sync_run",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_tech_contract_buyer_div",
                schema: "warehouse",
                table: "tech_contract",
                column: "buyer_div",
                principalSchema: "warehouse",
                principalTable: "region",
                principalColumn: "code",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_tech_contract_seller_div",
                schema: "warehouse",
                table: "tech_contract",
                column: "seller_div",
                principalSchema: "warehouse",
                principalTable: "region",
                principalColumn: "code",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_tech_contract_sync_run_id",
                schema: "warehouse",
                table: "tech_contract",
                column: "sync_run_id",
                principalSchema: "ingest",
                principalTable: "sync_run",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }
    }
}
