using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YuanlingTech.Storage.Entities;

namespace YuanlingTech.Storage.Configurations;

public sealed class RawDocumentConfiguration : IEntityTypeConfiguration<RawDocumentEntity>
{
    public void Configure(EntityTypeBuilder<RawDocumentEntity> builder)
    {
        builder.ToTable("raw_document", WarehouseSchemas.Ingest);
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).UseIdentityAlwaysColumn();
        builder.Property(d => d.ContentHash).HasColumnType("character(64)");
        // A first sync archives hundreds of MB of pages; lz4 compresses them several times faster than the default pglz.
        builder.Property(d => d.Body).UseCompressionMethod("lz4");
        builder.HasIndex(d => new { d.SourceId, d.Url }).IsUnique();
        builder.HasOne<SyncRunEntity>().WithMany().HasForeignKey(d => d.SyncRunId).OnDelete(DeleteBehavior.SetNull);
    }
}
