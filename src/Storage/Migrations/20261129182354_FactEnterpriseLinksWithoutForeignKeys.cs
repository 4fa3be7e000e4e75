using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace YuanlingTech.Storage.Migrations
{
    /// <summary>
    /// Name history, certifications, contracts (both sides) and loans link their enterprise without a foreign key: the
    /// per-row check (an index probe plus a <c>FOR KEY SHARE</c> lock on the enterprise row, ≈ 7 µs) ran ~900,000 times
    /// per scale-1 sync, ~5 % of its CPU, much of it under the exclusive enterprise lock. The links stay sound without
    /// it: only the loaders write them, from a match against <c>warehouse.enterprise</c> in the same transaction, and
    /// enterprise rows are never deleted — a statement trigger now refuses <c>DELETE</c> and <c>TRUNCATE</c> on the table
    /// (before, a delete would have cascaded to the names and set the fact links to null). The <c>relationship:</c>
    /// data-quality checks still verify every link.
    /// </summary>
    public partial class FactEnterpriseLinksWithoutForeignKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_certification_enterprise_id",
                schema: "warehouse",
                table: "certification");

            migrationBuilder.DropForeignKey(
                name: "fk_enterprise_name_enterprise_id",
                schema: "warehouse",
                table: "enterprise_name");

            migrationBuilder.DropForeignKey(
                name: "fk_loan_enterprise_id",
                schema: "warehouse",
                table: "loan");

            migrationBuilder.DropForeignKey(
                name: "fk_tech_contract_buyer_enterprise_id",
                schema: "warehouse",
                table: "tech_contract");

            migrationBuilder.DropForeignKey(
                name: "fk_tech_contract_seller_enterprise_id",
                schema: "warehouse",
                table: "tech_contract");

            migrationBuilder.Sql("""
                CREATE FUNCTION warehouse.refuse_enterprise_delete() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION '% on warehouse.enterprise refused: enterprise rows are never deleted (facts link to them by id without a foreign key)', TG_OP
                        USING ERRCODE = 'restrict_violation';
                END
                $$;
                CREATE TRIGGER enterprise_never_deleted BEFORE DELETE OR TRUNCATE ON warehouse.enterprise
                    FOR EACH STATEMENT EXECUTE FUNCTION warehouse.refuse_enterprise_delete();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER enterprise_never_deleted ON warehouse.enterprise;
                DROP FUNCTION warehouse.refuse_enterprise_delete();
                """);

            migrationBuilder.AddForeignKey(
                name: "fk_certification_enterprise_id",
                schema: "warehouse",
                table: "certification",
                column: "enterprise_id",
                principalSchema: "warehouse",
                principalTable: "enterprise",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_enterprise_name_enterprise_id",
                schema: "warehouse",
                table: "enterprise_name",
                column: "enterprise_id",
                principalSchema: "warehouse",
                principalTable: "enterprise",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_loan_enterprise_id",
                schema: "warehouse",
                table: "loan",
                column: "enterprise_id",
                principalSchema: "warehouse",
                principalTable: "enterprise",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_tech_contract_buyer_enterprise_id",
                schema: "warehouse",
                table: "tech_contract",
                column: "buyer_enterprise_id",
                principalSchema: "warehouse",
                principalTable: "enterprise",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_tech_contract_seller_enterprise_id",
                schema: "warehouse",
                table: "tech_contract",
                column: "seller_enterprise_id",
                principalSchema: "warehouse",
                principalTable: "enterprise",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }
    }
}
