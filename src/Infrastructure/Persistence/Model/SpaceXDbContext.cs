using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using SpaceX.Infrastructure.Persistence.Tables;

namespace SpaceX.Infrastructure.Persistence.Model;

/// <summary>
/// The schema, as EF Core knows it: source of the committed migrations and of <c>sql/init.sql</c>.
/// The pipeline itself uses Npgsql directly over the same tables and never builds this model.
/// </summary>
[RequiresUnreferencedCode(DesignTimeOnly)]
[RequiresDynamicCode(DesignTimeOnly)]
public sealed class SpaceXDbContext(DbContextOptions<SpaceXDbContext> options) : DbContext(options)
{
    public const string DesignTimeOnly = "EF Core's model serves design time only (migrations, sql/init.sql); it is not in the native binary.";

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
