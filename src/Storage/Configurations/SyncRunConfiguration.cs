using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YuanlingTech.Storage.Entities;
using YuanlingTech.Storage.Ingest;

namespace YuanlingTech.Storage.Configurations;

public sealed class SyncRunConfiguration : IEntityTypeConfiguration<SyncRunEntity>
{
    public void Configure(EntityTypeBuilder<SyncRunEntity> builder)
    {
        builder.ToTable("sync_run", WarehouseSchemas.Ingest, t =>
            t.HasCheckConstraint("ck_sync_run_status", $"status IN ({SqlValues.InList(SyncRunStatus.All)})"));
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseIdentityAlwaysColumn();
        builder.Property(r => r.StartedAt).HasDefaultValueSql("now()");
        builder.HasIndex(r => new { r.SourceId, r.StartedAt });
    }
}
