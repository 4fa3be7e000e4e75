using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YuanlingTech.Normalization.Contracts;
using YuanlingTech.Storage.Entities;
using YuanlingTech.Storage.Loading;

namespace YuanlingTech.Storage.Configurations;

public sealed class TechContractConfiguration : IEntityTypeConfiguration<TechContractEntity>
{
    public void Configure(EntityTypeBuilder<TechContractEntity> builder)
    {
        builder.ToTable("tech_contract", WarehouseSchemas.Warehouse, t =>
        {
            t.HasCheckConstraint("ck_tech_contract_registration_no", "registration_no ~ '^([0-9]{14}|[0-9]{16})$'");
            t.HasCheckConstraint("ck_tech_contract_bucket", $"reporting_bucket IN ({SqlValues.InList(ContractTypeParser.Buckets)})");
            t.HasCheckConstraint("ck_tech_contract_seller_match", $"seller_match_method IN ({SqlValues.InList(MatchMethods.All)})");
            t.HasCheckConstraint("ck_tech_contract_buyer_match", $"buyer_match_method IN ({SqlValues.InList(MatchMethods.All)})");
            t.HasCheckConstraint("ck_tech_contract_amounts", "contract_amount >= 0 AND tech_trade_amount >= 0");
        });
        builder.Property(c => c.SellerMatchConfidence).HasPrecision(3, 2);
        builder.Property(c => c.BuyerMatchConfidence).HasPrecision(3, 2);
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).UseIdentityAlwaysColumn();
        builder.Property(c => c.ContractAmount).HasColumnType("numeric(18,2)");
        builder.Property(c => c.TechTradeAmount).HasColumnType("numeric(18,2)");
        builder.Property(c => c.SellerDiv).HasColumnType("character(6)");
        builder.Property(c => c.BuyerDiv).HasColumnType("character(6)");
        builder.Property(c => c.FirstSeenAt).HasDefaultValueSql("now()");
        builder.Property(c => c.LastSeenAt).HasDefaultValueSql("now()");
        builder.HasIndex(c => c.RegistrationNo).IsUnique();
        builder.HasIndex(c => c.RegisteredOn);
        builder.HasIndex(c => new { c.SellerDiv, c.RegisteredOn });
        builder.HasIndex(c => new { c.BuyerDiv, c.RegisteredOn });
        builder.HasIndex(c => c.SellerEnterpriseId);
        builder.HasIndex(c => c.SellerNameKey);
        builder.HasIndex(c => c.BuyerNameKey);
        builder.HasIndex(c => c.BuyerEnterpriseId);
        // No foreign key to the enterprise (a per-row check): see the trigger enterprise_never_deleted in migration Initial.
    }
}
