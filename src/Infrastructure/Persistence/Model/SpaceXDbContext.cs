using Microsoft.EntityFrameworkCore;
using SpaceX.Infrastructure.Persistence.Tables;

namespace SpaceX.Infrastructure.Persistence.Model;

/// <summary>
/// The schema, as EF Core knows it: source of the committed migrations and of <c>sql/init.sql</c>.
/// The hot paths (bulk writes, reports) use Npgsql directly over the same tables.
/// </summary>
public sealed class SpaceXDbContext(DbContextOptions<SpaceXDbContext> options) : DbContext(options)
{
    public DbSet<LaunchRow> Launches => Set<LaunchRow>();
    public DbSet<RawLaunchRow> RawLaunches => Set<RawLaunchRow>();
    public DbSet<PayloadRow> Payloads => Set<PayloadRow>();
    public DbSet<LaunchpadRow> Launchpads => Set<LaunchpadRow>();
    public DbSet<RocketRow> Rockets => Set<RocketRow>();
    public DbSet<LandpadRow> Landpads => Set<LandpadRow>();
    public DbSet<LaunchCoreRow> LaunchCores => Set<LaunchCoreRow>();
    public DbSet<IngestionStateRow> IngestionState => Set<IngestionStateRow>();
    public DbSet<IngestionRunRow> IngestionRuns => Set<IngestionRunRow>();
    public DbSet<QuarantinedRecordRow> QuarantinedRecords => Set<QuarantinedRecordRow>();
    public DbSet<LaunchAggregationRow> LaunchAggregations => Set<LaunchAggregationRow>();
    public DbSet<SourceFieldsRow> SourceFields => Set<SourceFieldsRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(TableNames.Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SpaceXDbContext).Assembly);
    }
}
