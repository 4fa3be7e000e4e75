using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YuanlingTech.Normalization.Manual;
using YuanlingTech.Storage.Entities;

namespace YuanlingTech.Storage.Configurations;

public sealed class ChallengeProjectConfiguration : IEntityTypeConfiguration<ChallengeProjectEntity>
{
    public void Configure(EntityTypeBuilder<ChallengeProjectEntity> builder)
    {
        builder.ToTable("challenge_project", WarehouseSchemas.Warehouse, t =>
        {
            t.HasCheckConstraint("ck_challenge_project_status", $"status IN ({SqlValues.InList(ChallengeProjectStatuses.Codes)})");
            t.HasCheckConstraint("ck_challenge_project_reward_yuan", "reward_yuan >= 0");
        });
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).UseIdentityAlwaysColumn();
        builder.Property(p => p.RegionCode).HasColumnType("character(6)");
        builder.Property(p => p.RewardYuan).HasColumnType("numeric(20,2)");
        builder.Property(p => p.FirstSeenAt).HasDefaultValueSql("now()");
        builder.Property(p => p.LastSeenAt).HasDefaultValueSql("now()");
        builder.HasIndex(p => new { p.NameKey, p.RegionCode }).IsUnique();
        builder.HasIndex(p => new { p.RegionCode, p.PublishedOn });
        builder.HasOne<RegionEntity>().WithMany().HasForeignKey(p => p.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SyncRunEntity>().WithMany().HasForeignKey(p => p.SyncRunId).OnDelete(DeleteBehavior.SetNull);
    }
}
