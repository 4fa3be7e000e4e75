using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YuanlingTech.Storage.Entities;
using YuanlingTech.Storage.Quality;

namespace YuanlingTech.Storage.Configurations;

public sealed class CheckRunConfiguration : IEntityTypeConfiguration<CheckRunEntity>
{
    public void Configure(EntityTypeBuilder<CheckRunEntity> builder)
    {
        builder.ToTable("check_run", WarehouseSchemas.Ingest, t =>
            t.HasCheckConstraint("ck_check_run_status", $"status IN ({SqlValues.InList(CheckRunReport.Statuses)})"));
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseIdentityAlwaysColumn();
        builder.HasIndex(r => r.StartedAt);
    }
}
