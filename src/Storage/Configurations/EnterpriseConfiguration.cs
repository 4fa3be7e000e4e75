using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YuanlingTech.Storage.Entities;

namespace YuanlingTech.Storage.Configurations;

public sealed class EnterpriseConfiguration : IEntityTypeConfiguration<EnterpriseEntity>
{
    public void Configure(EntityTypeBuilder<EnterpriseEntity> builder)
    {
        builder.ToTable("enterprise", WarehouseSchemas.Warehouse);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.Property(e => e.Uscc).HasColumnType("character(18)");
        builder.Property(e => e.RegionCode).HasColumnType("character(6)");
        builder.Property(e => e.FirstSeenAt).HasDefaultValueSql("now()");
        builder.Property(e => e.LastSeenAt).HasDefaultValueSql("now()");
        builder.HasIndex(e => e.Uscc).IsUnique();
        builder.HasIndex(e => new { e.NameKey, e.RegionCode });
        builder.HasIndex(e => e.RegionCode);
    }
}
