using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YuanlingTech.Storage.Entities;

namespace YuanlingTech.Storage.Configurations;

public sealed class LoanStateHistoryConfiguration : IEntityTypeConfiguration<LoanStateHistoryEntity>
{
    public void Configure(EntityTypeBuilder<LoanStateHistoryEntity> builder)
    {
        builder.ToTable("loan_state_history", WarehouseSchemas.Warehouse);
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).UseIdentityAlwaysColumn();
        builder.Property(h => h.FirstSeenAt).HasDefaultValueSql("now()");
        builder.HasIndex(h => new { h.LoanNo, h.Status, h.ChangedOn }).IsUnique();
        builder.HasOne<LoanEntity>().WithMany().HasForeignKey(h => h.LoanNo).HasPrincipalKey(l => l.LoanNo).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SyncRunEntity>().WithMany().HasForeignKey(h => h.SyncRunId).OnDelete(DeleteBehavior.SetNull);
    }
}
