using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YuanlingTech.Storage.Entities;

namespace YuanlingTech.Storage.Configurations;

public sealed class RejectedRecordConfiguration : IEntityTypeConfiguration<RejectedRecordEntity>
{
    public void Configure(EntityTypeBuilder<RejectedRecordEntity> builder)
    {
        builder.ToTable("rejected_record", WarehouseSchemas.Ingest);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseIdentityAlwaysColumn();
        builder.Property(r => r.RawValues).HasColumnType("jsonb");
        builder.Property(r => r.FirstSeenAt).HasDefaultValueSql("now()");
        builder.Property(r => r.LastSeenAt).HasDefaultValueSql("now()");
        builder.HasIndex(r => new { r.SourceId, r.DocumentUrl, r.RowNumber }).IsUnique();
        builder.HasOne<SyncRunEntity>().WithMany().HasForeignKey(r => r.SyncRunId).OnDelete(DeleteBehavior.SetNull);
    }
}
