using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YuanlingTech.Normalization.Manual;
using YuanlingTech.Storage.Entities;

namespace YuanlingTech.Storage.Configurations;

public sealed class TargetImportConfiguration : IEntityTypeConfiguration<TargetImportEntity>
{
    public void Configure(EntityTypeBuilder<TargetImportEntity> builder)
    {
        builder.ToTable("target_import", WarehouseSchemas.Warehouse, t =>
        {
            t.HasCheckConstraint("ck_target_import_kind", $"kind IN ({SqlValues.InList(TargetImportNormalizer.Kinds)})");
            t.HasCheckConstraint("ck_target_import_base_year", $"(kind = '{TargetImportNormalizer.Growth}') = (base_year IS NOT NULL)");
        });
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).UseIdentityAlwaysColumn();
        builder.Property(t => t.RegionCode).HasColumnType("character(6)");
        builder.Property(t => t.Value).HasColumnType("numeric(20,4)");
        builder.Property(t => t.FirstSeenAt).HasDefaultValueSql("now()");
        builder.Property(t => t.LastSeenAt).HasDefaultValueSql("now()");
        builder.HasIndex(t => new { t.Year, t.RegionCode, t.Metric }).IsUnique();
        builder.HasOne<RegionEntity>().WithMany().HasForeignKey(t => t.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SyncRunEntity>().WithMany().HasForeignKey(t => t.SyncRunId).OnDelete(DeleteBehavior.SetNull);
    }
}
