using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpaceX.Infrastructure.Persistence.Tables;

namespace SpaceX.Infrastructure.Persistence.Configurations;

internal sealed class IngestionRunConfiguration : IEntityTypeConfiguration<IngestionRunRow>
{
    public void Configure(EntityTypeBuilder<IngestionRunRow> builder)
    {
        builder.ToTable(TableNames.Bare(TableNames.IngestionRuns), t =>
        {
            t.HasCheckConstraint("ck_ingestion_runs_mode", "mode IN ('initial', 'incremental', 'full_refresh', 'backfill')");
            t.HasCheckConstraint(
                "ck_ingestion_runs_status",
                "status IN ('running', 'succeeded', 'succeeded_with_warnings', 'failed', 'cancelled', 'abandoned')");
        });
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Mode).HasMaxLength(16);
        builder.Property(r => r.Status).HasMaxLength(32);
        builder.Property(r => r.Warnings).HasDefaultValueSql("'{}'");
        builder.Property(r => r.Drift).HasDefaultValueSql("'{}'");
        builder.Property(r => r.Steps!).Json();
        builder.HasIndex(r => r.StartedAt).IsDescending();
    }
}
