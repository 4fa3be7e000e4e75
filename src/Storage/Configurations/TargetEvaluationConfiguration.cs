using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YuanlingTech.Storage.Entities;
using YuanlingTech.Targets.Configuration;
using YuanlingTech.Targets.Evaluation;

namespace YuanlingTech.Storage.Configurations;

public sealed class TargetEvaluationConfiguration : IEntityTypeConfiguration<TargetEvaluationEntity>
{
    public void Configure(EntityTypeBuilder<TargetEvaluationEntity> builder)
    {
        builder.ToTable("target_evaluation", WarehouseSchemas.Warehouse, t =>
        {
            t.HasCheckConstraint("ck_target_evaluation_status", $"status IN ({SqlValues.InList(TargetStatusLabels.Codes)})");
            t.HasCheckConstraint("ck_target_evaluation_kind", $"target_kind IN ({SqlValues.InList(TargetItemOptions.Kinds)})");
            t.HasCheckConstraint("ck_target_evaluation_pace_basis", $"pace_basis IN ({SqlValues.InList(PaceBases.All)})");
            t.HasCheckConstraint("ck_target_evaluation_baseline_origin", $"baseline_origin IN ({SqlValues.InList(BaselineOrigins.All)})");
        });
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.Property(e => e.EvaluatedAt).HasDefaultValueSql("now()");
        builder.Property(e => e.RegionCode).HasColumnType("character(6)");
        // Four decimals: yuan to the fen and percentages (R&D intensity) to 0.0001 %.
        foreach (var figure in new[]
                 {
                     nameof(TargetEvaluationEntity.TargetValue), nameof(TargetEvaluationEntity.TargetMaximum), nameof(TargetEvaluationEntity.Baseline),
                     nameof(TargetEvaluationEntity.BaselineWarehouse), nameof(TargetEvaluationEntity.Actual), nameof(TargetEvaluationEntity.ExpectedToDate),
                     nameof(TargetEvaluationEntity.ProjectedYearEnd), nameof(TargetEvaluationEntity.Gap),
                 })
        {
            builder.Property(figure).HasColumnType("numeric(22,4)");
        }

        builder.Property(e => e.ExpectedShare).HasColumnType("numeric(6,4)");
        builder.HasIndex(e => new { e.Year, e.RegionCode, e.MetricId, e.EvaluatedAt });
        builder.HasOne<RegionEntity>().WithMany().HasForeignKey(e => e.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
