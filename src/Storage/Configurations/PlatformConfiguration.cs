using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YuanlingTech.Normalization.Manual;
using YuanlingTech.Storage.Entities;
using YuanlingTech.Storage.Loading;

namespace YuanlingTech.Storage.Configurations;

public sealed class PlatformConfiguration : IEntityTypeConfiguration<PlatformEntity>
{
    public void Configure(EntityTypeBuilder<PlatformEntity> builder)
    {
        builder.ToTable("platform", WarehouseSchemas.Warehouse, t =>
        {
            t.HasCheckConstraint("ck_platform_match_method", $"match_method IN ({SqlValues.InList(MatchMethods.All)})");
            t.HasCheckConstraint("ck_platform_level", $"level IN ({SqlValues.InList(PlatformCodes.Levels)})");
            t.HasCheckConstraint("ck_platform_status", $"status IN ({SqlValues.InList(PlatformCodes.Statuses)})");
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
