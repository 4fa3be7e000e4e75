using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.Storage.Entities;

namespace YuanlingTech.Storage.Configurations;

public sealed class RegionAliasConfiguration : IEntityTypeConfiguration<RegionAliasEntity>
{
    public void Configure(EntityTypeBuilder<RegionAliasEntity> builder)
    {
        builder.ToTable("region_alias", WarehouseSchemas.Warehouse);
        builder.HasKey(a => a.AliasCode);
        // Old JJ-001 forms carry 4-digit codes, so the alias is not fixed-width.
        builder.Property(a => a.AliasCode).HasMaxLength(6);
        builder.Property(a => a.Code).HasColumnType("character(6)");
        builder.HasOne<RegionEntity>().WithMany().HasForeignKey(a => a.Code).OnDelete(DeleteBehavior.Cascade);
        builder.HasData(HunanDivisions.Aliases.Select(a => new RegionAliasEntity { AliasCode = a.Key, Code = a.Value }));
    }
}
