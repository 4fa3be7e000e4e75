using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YuanlingTech.Normalization.Loans;
using YuanlingTech.Storage.Entities;
using YuanlingTech.Storage.Loading;

namespace YuanlingTech.Storage.Configurations;

public sealed class LoanConfiguration : IEntityTypeConfiguration<LoanEntity>
{
    public void Configure(EntityTypeBuilder<LoanEntity> builder)
    {
        builder.ToTable("loan", WarehouseSchemas.Warehouse, t =>
        {
            t.HasCheckConstraint("ck_loan_match_method", $"match_method IN ({SqlValues.InList(MatchMethods.All)})");
            t.HasCheckConstraint("ck_loan_status", $"status IN ({SqlValues.InList(LoanStatuses.Statuses)})");
            t.HasCheckConstraint("ck_loan_guarantee_mode", $"guarantee_mode IN ({SqlValues.InList(LoanStatuses.GuaranteeModes)})");
            t.HasCheckConstraint("ck_loan_term", "matures_on > disbursed_on AND matures_on <= disbursed_on + interval '3 years'");
        });
        builder.Property(l => l.MatchConfidence).HasPrecision(3, 2);
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).UseIdentityAlwaysColumn();
        builder.Property(l => l.RegionCode).HasColumnType("character(6)");
        builder.Property(l => l.AmountYuan).HasColumnType("numeric(18,2)");
        builder.Property(l => l.CompensationClaimedYuan).HasColumnType("numeric(18,2)");
        builder.Property(l => l.CompensationPaidYuan).HasColumnType("numeric(18,2)");
        builder.Property(l => l.Score).HasColumnType("numeric(8,2)");
        builder.Property(l => l.Rate).HasColumnType("numeric(9,6)");
        builder.Property(l => l.FirstSeenAt).HasDefaultValueSql("now()");
        builder.Property(l => l.LastSeenAt).HasDefaultValueSql("now()");
        builder.HasIndex(l => l.LoanNo).IsUnique();
        builder.HasIndex(l => new { l.NameKey, l.RegionCode });
        builder.HasIndex(l => l.EnterpriseId);
        builder.HasIndex(l => l.DisbursedOn);
        builder.HasIndex(l => l.RegionCode);
        // No foreign key to the enterprise (a per-row check): see the trigger enterprise_never_deleted in migration Initial.
    }
}
