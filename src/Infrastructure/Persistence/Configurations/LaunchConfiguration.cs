using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpaceX.Application.Ingestion.Documents;
using SpaceX.Infrastructure.Persistence.Tables;

namespace SpaceX.Infrastructure.Persistence.Configurations;

internal sealed class LaunchConfiguration : IEntityTypeConfiguration<LaunchRow>
{
    public void Configure(EntityTypeBuilder<LaunchRow> builder)
    {
        builder.ToTable(TableNames.Bare(TableNames.Launches));
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).SpaceXId();
        builder.Property(l => l.Name).HasMaxLength(StorageLimits.NameLength);
        builder.Property(l => l.DatePrecision).HasMaxLength(8);
        builder.Property(l => l.LaunchpadId).SpaceXId();
        builder.Property(l => l.RocketId).SpaceXId();
        builder.Property(l => l.TotalPayloadMassKg).HasPrecision(StorageLimits.TotalMassPrecision, StorageLimits.MassScale);
        builder.Property(l => l.ContentHash).ContentHash();
        builder.Property(l => l.ObservedHash).HasMaxLength(64).IsFixedLength();
        // Derived once, when a row is written, so that reports over millions of launches only read them.
        builder.Property(l => l.LaunchYear)
            .HasComputedColumnSql("CAST(extract(YEAR FROM date_utc AT TIME ZONE 'UTC') AS integer)", stored: true);
        // A precision, so that Trino's connector maps it (it leaves an unbounded numeric out); 6 decimals of an hour are 4 ms.
        builder.Property(l => l.StaticFireDelayHours)
            .HasPrecision(14, 6)
            .HasComputedColumnSql(
                "CASE WHEN NOT upcoming AND static_fire_date_utc <= date_utc " +
                "THEN extract(EPOCH FROM date_utc - static_fire_date_utc) / 3600 END",
                stored: true);
        builder.HasOne<LaunchpadRow>().WithMany().HasForeignKey(l => l.LaunchpadId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RocketRow>().WithMany().HasForeignKey(l => l.RocketId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => l.DateUtc);
        builder.HasIndex(l => l.Upcoming).HasFilter("upcoming");
        builder.HasIndex(l => l.TotalPayloadMassKg).IsDescending();
    }
}
