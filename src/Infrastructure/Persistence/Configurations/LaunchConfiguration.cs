using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpaceX.Infrastructure.Persistence.Tables;

namespace SpaceX.Infrastructure.Persistence.Configurations;

internal sealed class LaunchConfiguration : IEntityTypeConfiguration<LaunchRow>
{
    public void Configure(EntityTypeBuilder<LaunchRow> builder)
    {
        builder.ToTable("launches");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).SpaceXId();
        builder.Property(l => l.DatePrecision).HasMaxLength(8);
        builder.Property(l => l.LaunchpadId).SpaceXId();
        builder.Property(l => l.RocketId).SpaceXId();
        builder.Property(l => l.TotalPayloadMassKg).HasPrecision(12, 2);
        builder.Property(l => l.ContentHash).ContentHash();
        builder.HasOne<LaunchpadRow>().WithMany().HasForeignKey(l => l.LaunchpadId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RocketRow>().WithMany().HasForeignKey(l => l.RocketId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => l.DateUtc);
        builder.HasIndex(l => l.Upcoming).HasFilter("upcoming");
        builder.HasIndex(l => l.TotalPayloadMassKg).IsDescending();
    }
}
