using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Storage.Entities;
using YuanlingTech.Storage.Loading;

namespace YuanlingTech.Storage.Configurations;

public sealed class CertificationConfiguration : IEntityTypeConfiguration<CertificationEntity>
{
    public void Configure(EntityTypeBuilder<CertificationEntity> builder)
    {
        builder.ToTable("certification", WarehouseSchemas.Warehouse, t =>
        {
            t.HasCheckConstraint("ck_certification_match_method", $"match_method IN ({SqlValues.InList(MatchMethods.All)})");
            t.HasCheckConstraint("ck_certification_status", $"status IN ({SqlValues.InList(CertificationCodes.Statuses)})");
        });
        builder.Property(c => c.MatchConfidence).HasPrecision(3, 2);
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).UseIdentityAlwaysColumn();
        builder.Property(c => c.RegionCode).HasColumnType("character(6)");
        builder.Property(c => c.FirstSeenAt).HasDefaultValueSql("now()");
        builder.Property(c => c.LastSeenAt).HasDefaultValueSql("now()");
        builder.HasIndex(c => c.NaturalKey).IsUnique();
        builder.HasIndex(c => new { c.NameKey, c.RegionCode });
        builder.HasIndex(c => c.CertificateNo);
        builder.HasIndex(c => c.EnterpriseId);
        builder.HasIndex(c => c.RegionCode);
        // No foreign key to the enterprise (a per-row check): see the trigger enterprise_never_deleted in migration Initial.
    }
}
