using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YuanlingTech.Storage.Entities;

namespace YuanlingTech.Storage.Configurations;

public sealed class SourceStateConfiguration : IEntityTypeConfiguration<SourceStateEntity>
{
    public void Configure(EntityTypeBuilder<SourceStateEntity> builder)
    {
        builder.ToTable("source_state", WarehouseSchemas.Ingest);
        builder.HasKey(s => s.SourceId);
        builder.Property(s => s.Cursor).HasColumnType("jsonb");
        builder.Property(s => s.UpdatedAt).HasDefaultValueSql("now()");
        builder.HasOne<SyncRunEntity>().WithMany().HasForeignKey(s => s.LastRunId).OnDelete(DeleteBehavior.SetNull);
    }
}
