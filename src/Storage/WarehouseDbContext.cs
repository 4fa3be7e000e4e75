using Microsoft.EntityFrameworkCore;
using YuanlingTech.Storage.Configurations;
using YuanlingTech.Storage.Entities;

namespace YuanlingTech.Storage;

/// <summary>The EF Core model of the ingest, warehouse and report schemas; it owns the migrations.</summary>
/// <remarks>
/// Add a migration from the repository root with:
/// <c>dotnet tool restore &amp;&amp; dotnet ef migrations add &lt;Name&gt; --project src/Storage --startup-project src/Storage --output-dir Migrations</c>.
/// Writes go through <see cref="Upserts.BulkUpserter"/> and the stores; the context is for the model, migrations and reads.
/// </remarks>
public sealed class WarehouseDbContext(DbContextOptions<WarehouseDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    public DbSet<SyncRunEntity> SyncRuns => Set<SyncRunEntity>();
    public DbSet<RawDocumentEntity> RawDocuments => Set<RawDocumentEntity>();
    public DbSet<SourceStateEntity> SourceStates => Set<SourceStateEntity>();
    public DbSet<RejectedRecordEntity> RejectedRecords => Set<RejectedRecordEntity>();
    public DbSet<RegionEntity> Regions => Set<RegionEntity>();
    public DbSet<RegionAliasEntity> RegionAliases => Set<RegionAliasEntity>();
    public DbSet<EnterpriseEntity> Enterprises => Set<EnterpriseEntity>();
    public DbSet<EnterpriseNameEntity> EnterpriseNames => Set<EnterpriseNameEntity>();
    public DbSet<CertificationEntity> Certifications => Set<CertificationEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WarehouseDbContext).Assembly);
        SnakeCaseNaming.Apply(modelBuilder);
    }
}
