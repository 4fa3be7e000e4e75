using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YuanlingTech.Storage.Entities;

namespace YuanlingTech.Storage.Configurations;

public sealed class PlatformConfiguration : IEntityTypeConfiguration<PlatformEntity>
{
    public void Configure(EntityTypeBuilder<PlatformEntity> builder)
    {
        builder.ToTable("platform", WarehouseSchemas.Warehouse, t =>
        {
            t.HasCheckConstraint("ck_platform_match_method", "match_method IN ('uscc', 'uscc_repaired', 'name', 'former_name', 'ambiguous', 'none')");
            t.HasCheckConstraint("ck_platform_level", "level IN ('national', 'provincial', 'municipal')");
            t.HasCheckConstraint("ck_platform_status", "status IN ('valid', 'revoked')");
        });
        builder.Property(p => p.MatchConfidence).HasPrecision(3, 2);
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).UseIdentityAlwaysColumn();
        builder.Property(p => p.Uscc).HasColumnType("character(18)");
        builder.Property(p => p.RegionCode).HasColumnType("character(6)");
        builder.Property(p => p.FirstSeenAt).HasDefaultValueSql("now()");
        builder.Property(p => p.LastSeenAt).HasDefaultValueSql("now()");
        builder.HasIndex(p => new { p.NameKey, p.HostNameKey }).IsUnique();
        builder.HasIndex(p => new { p.RegionCode, p.Status });
        builder.HasIndex(p => p.EnterpriseId);
        builder.HasIndex(p => p.HostNameKey);
        builder.HasOne<EnterpriseEntity>().WithMany().HasForeignKey(p => p.EnterpriseId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<RegionEntity>().WithMany().HasForeignKey(p => p.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SyncRunEntity>().WithMany().HasForeignKey(p => p.SyncRunId).OnDelete(DeleteBehavior.SetNull);
    }
}
