using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YuanlingTech.Storage.Entities;

namespace YuanlingTech.Storage.Configurations;

public sealed class RegionalGdpConfiguration : IEntityTypeConfiguration<RegionalGdpEntity>
{
    public void Configure(EntityTypeBuilder<RegionalGdpEntity> builder)
    {
        builder.ToTable("regional_gdp", WarehouseSchemas.Warehouse, t => t.HasCheckConstraint("ck_regional_gdp_gdp_yuan", "gdp_yuan > 0"));
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).UseIdentityAlwaysColumn();
        builder.Property(g => g.RegionCode).HasColumnType("character(6)");
        builder.Property(g => g.GdpYuan).HasColumnType("numeric(20,2)");
        builder.Property(g => g.FirstSeenAt).HasDefaultValueSql("now()");
        builder.Property(g => g.LastSeenAt).HasDefaultValueSql("now()");
        builder.HasIndex(g => new { g.Year, g.RegionCode }).IsUnique();
        builder.HasOne<RegionEntity>().WithMany().HasForeignKey(g => g.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SyncRunEntity>().WithMany().HasForeignKey(g => g.SyncRunId).OnDelete(DeleteBehavior.SetNull);
    }
}
