using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YuanlingTech.Storage.Entities;

namespace YuanlingTech.Storage.Configurations;

public sealed class TargetEvaluationConfiguration : IEntityTypeConfiguration<TargetEvaluationEntity>
{
    public void Configure(EntityTypeBuilder<TargetEvaluationEntity> builder)
    {
        builder.ToTable("target_evaluation", WarehouseSchemas.Warehouse, t =>
        {
            t.HasCheckConstraint("ck_target_evaluation_status", "status IN ('achieved', 'on_track', 'at_risk', 'behind', 'no_data')");
            t.HasCheckConstraint("ck_target_evaluation_kind", "target_kind IN ('absolute', 'growth')");
        });
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.Property(e => e.EvaluatedAt).HasDefaultValueSql("now()");
        builder.Property(e => e.RegionCode).HasColumnType("character(6)");
        foreach (var money in new[] { nameof(TargetEvaluationEntity.TargetValue), nameof(TargetEvaluationEntity.Baseline), nameof(TargetEvaluationEntity.Actual),
                     nameof(TargetEvaluationEntity.ExpectedToDate), nameof(TargetEvaluationEntity.ProjectedYearEnd), nameof(TargetEvaluationEntity.Gap) })
        {
            builder.Property(money).HasColumnType("numeric(20,2)");
        }

        builder.Property(e => e.ExpectedShare).HasColumnType("numeric(6,4)");
        builder.HasIndex(e => new { e.Year, e.RegionCode, e.MetricId, e.EvaluatedAt });
        builder.HasOne<RegionEntity>().WithMany().HasForeignKey(e => e.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
