using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YuanlingTech.Storage.Entities;
using YuanlingTech.Storage.Loading;

namespace YuanlingTech.Storage.Configurations;

public sealed class RdSpendingConfiguration : IEntityTypeConfiguration<RdSpendingEntity>
{
    public void Configure(EntityTypeBuilder<RdSpendingEntity> builder)
    {
        builder.ToTable("rd_spending", WarehouseSchemas.Warehouse, t =>
        {
            t.HasCheckConstraint("ck_rd_spending_match_method", $"match_method IN ({SqlValues.InList(MatchMethods.All)})");
            t.HasCheckConstraint("ck_rd_spending_amount", "amount >= 0");
        });
        builder.Property(r => r.MatchConfidence).HasPrecision(3, 2);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseIdentityAlwaysColumn();
        builder.Property(r => r.Uscc).HasColumnType("character(18)");
        builder.Property(r => r.RegionCode).HasColumnType("character(6)");
        builder.Property(r => r.Amount).HasColumnType("numeric(18,2)");
        builder.Property(r => r.FirstSeenAt).HasDefaultValueSql("now()");
        builder.Property(r => r.LastSeenAt).HasDefaultValueSql("now()");
        builder.HasIndex(r => new { r.EnterpriseKey, r.Year }).IsUnique();
        builder.HasIndex(r => new { r.Year, r.RegionCode });
        builder.HasIndex(r => r.EnterpriseId);
        builder.HasIndex(r => r.NameKey);
        builder.HasOne<EnterpriseEntity>().WithMany().HasForeignKey(r => r.EnterpriseId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<RegionEntity>().WithMany().HasForeignKey(r => r.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SyncRunEntity>().WithMany().HasForeignKey(r => r.SyncRunId).OnDelete(DeleteBehavior.SetNull);
    }
}
