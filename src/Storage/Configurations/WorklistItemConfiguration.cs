using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YuanlingTech.Storage.Entities;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Storage.Configurations;

public sealed class WorklistItemConfiguration : IEntityTypeConfiguration<WorklistItemEntity>
{
    public void Configure(EntityTypeBuilder<WorklistItemEntity> builder)
    {
        builder.ToTable("worklist_item", WarehouseSchemas.Warehouse, t =>
            t.HasCheckConstraint("ck_worklist_item_worklist", $"worklist IN ({SqlValues.InList(Worklists.All)})"));
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).UseIdentityAlwaysColumn();
        builder.Property(w => w.RegionCode).HasColumnType("character(6)");
        builder.Property(w => w.EnterpriseRegionCode).HasColumnType("character(6)");
        builder.Property(w => w.RefreshedAt).HasDefaultValueSql("now()");
        builder.HasIndex(w => new { w.Worklist, w.Year, w.RegionCode });
        builder.HasOne<EnterpriseEntity>().WithMany().HasForeignKey(w => w.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<RegionEntity>().WithMany().HasForeignKey(w => w.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
