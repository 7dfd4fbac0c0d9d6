using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpaceX.Infrastructure.Persistence.Tables;

namespace SpaceX.Infrastructure.Persistence.Configurations;

internal sealed class LaunchAggregationConfiguration : IEntityTypeConfiguration<LaunchAggregationRow>
{
    public void Configure(EntityTypeBuilder<LaunchAggregationRow> builder)
    {
        builder.ToTable(TableNames.Bare(TableNames.LaunchAggregations), t => t.HasCheckConstraint(
            "ck_launch_aggregations_snapshot_type", "snapshot_type IN ('initial', 'incremental', 'full_refresh', 'backfill', 'manual')"));
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).UseIdentityAlwaysColumn();
        builder.Property(a => a.SnapshotType).HasMaxLength(16);
        builder.Property(a => a.SuccessRate).HasPrecision(5, 2);
        builder.Property(a => a.AvgPayloadMassKg).HasPrecision(12, 2);
        builder.Property(a => a.AvgStaticFireDelayHours).HasPrecision(12, 2);
        builder.Property(a => a.MaxStaticFireDelayHours).HasPrecision(12, 2);
        builder.HasIndex(a => a.ComputedAt).IsDescending();
        builder.HasOne<IngestionRunRow>().WithMany().HasForeignKey(a => a.RunId).OnDelete(DeleteBehavior.Restrict);
    }
}
