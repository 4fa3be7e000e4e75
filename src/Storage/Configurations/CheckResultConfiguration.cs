using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YuanlingTech.Storage.Entities;
using YuanlingTech.Storage.Quality;

namespace YuanlingTech.Storage.Configurations;

public sealed class CheckResultConfiguration : IEntityTypeConfiguration<CheckResultEntity>
{
    public void Configure(EntityTypeBuilder<CheckResultEntity> builder)
    {
        builder.ToTable("check_result", WarehouseSchemas.Ingest, t =>
        {
            t.HasCheckConstraint("ck_check_result_severity", $"severity IN ({SqlValues.InList(CheckOutcome.Severities)})");
            t.HasCheckConstraint("ck_check_result_status", $"status IN ({SqlValues.InList(CheckOutcome.Statuses)})");
        });
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseIdentityAlwaysColumn();
        builder.Property(r => r.Sample).HasColumnType("jsonb");
        builder.HasIndex(r => new { r.CheckRunId, r.CheckName }).IsUnique();
        builder.HasIndex(r => new { r.CheckName, r.CheckRunId });
        builder.HasOne<CheckRunEntity>().WithMany().HasForeignKey(r => r.CheckRunId).OnDelete(DeleteBehavior.Cascade);
    }
}
