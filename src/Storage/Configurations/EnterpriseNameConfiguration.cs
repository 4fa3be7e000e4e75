using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YuanlingTech.Storage.Entities;

namespace YuanlingTech.Storage.Configurations;

public sealed class EnterpriseNameConfiguration : IEntityTypeConfiguration<EnterpriseNameEntity>
{
    public void Configure(EntityTypeBuilder<EnterpriseNameEntity> builder)
    {
        builder.ToTable("enterprise_name", WarehouseSchemas.Warehouse);
        builder.HasKey(n => new { n.EnterpriseId, n.Name });
        builder.HasIndex(n => n.NameKey);
        builder.Property(n => n.FirstSeenAt).HasDefaultValueSql("now()");
        builder.Property(n => n.LastSeenAt).HasDefaultValueSql("now()");
        // No foreign key to the enterprise (a per-row check): see the trigger enterprise_never_deleted in migration Initial.
    }
}
