using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.Storage.Entities;

namespace YuanlingTech.Storage.Configurations;

public sealed class RegionConfiguration : IEntityTypeConfiguration<RegionEntity>
{
    public void Configure(EntityTypeBuilder<RegionEntity> builder)
    {
        builder.ToTable("region", WarehouseSchemas.Warehouse);
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasColumnType("character(6)");
        builder.Property(r => r.ParentCode).HasColumnType("character(6)");
        builder.HasOne<RegionEntity>().WithMany().HasForeignKey(r => r.ParentCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasData(HunanDivisions.All.Select(d => new RegionEntity
        {
            Code = d.Code,
            Name = d.Name,
            ParentCode = d.ParentCode,
            Level = (short)d.Level,
        }));
    }
}
