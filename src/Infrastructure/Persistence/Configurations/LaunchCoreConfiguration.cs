using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpaceX.Application.Ingestion.Documents;
using SpaceX.Infrastructure.Persistence.Tables;

namespace SpaceX.Infrastructure.Persistence.Configurations;

internal sealed class LaunchCoreConfiguration : IEntityTypeConfiguration<LaunchCoreRow>
{
    public void Configure(EntityTypeBuilder<LaunchCoreRow> builder)
    {
        builder.ToTable(TableNames.Bare(TableNames.LaunchCores));
        builder.HasKey(c => new { c.LaunchId, c.Position });
        builder.Property(c => c.LaunchId).SpaceXId();
        builder.Property(c => c.CoreId).SpaceXId();
        builder.Property(c => c.LandpadId).SpaceXId();
        builder.Property(c => c.LandingType).HasMaxLength(StorageLimits.TextLength);
        builder.HasIndex(c => c.LandpadId);
        builder.HasOne<LaunchRow>().WithMany().HasForeignKey(c => c.LaunchId).OnDelete(DeleteBehavior.Cascade);
    }
}
