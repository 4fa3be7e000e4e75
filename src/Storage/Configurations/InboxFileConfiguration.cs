using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YuanlingTech.Normalization.Manual;
using YuanlingTech.Storage.Entities;

namespace YuanlingTech.Storage.Configurations;

public sealed class InboxFileConfiguration : IEntityTypeConfiguration<InboxFileEntity>
{
    public void Configure(EntityTypeBuilder<InboxFileEntity> builder)
    {
        builder.ToTable("inbox_file", WarehouseSchemas.Ingest, t =>
        {
            t.HasCheckConstraint("ck_inbox_file_status", $"status IN ({SqlValues.InList(InboxFileStatus.All)})");
            t.HasCheckConstraint("ck_inbox_file_template", $"template IN ({SqlValues.InList(ManualTemplateNames.All)})");
        });
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).UseIdentityAlwaysColumn();
        builder.Property(f => f.ContentHash).HasColumnType("character(64)");
        builder.Property(f => f.ProcessedAt).HasDefaultValueSql("now()");
        builder.HasIndex(f => f.ContentHash);
        builder.HasIndex(f => f.FileName);
        builder.HasOne<SyncRunEntity>().WithMany().HasForeignKey(f => f.SyncRunId).OnDelete(DeleteBehavior.SetNull);
    }
}
