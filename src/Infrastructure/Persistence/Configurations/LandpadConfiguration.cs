using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpaceX.Application.Ingestion.Documents;
using SpaceX.Infrastructure.Persistence.Tables;

namespace SpaceX.Infrastructure.Persistence.Configurations;

internal sealed class LandpadConfiguration : IEntityTypeConfiguration<LandpadRow>
{
    public void Configure(EntityTypeBuilder<LandpadRow> builder)
    {
        builder.ToTable(TableNames.Bare(TableNames.Landpads));
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).SpaceXId();
        builder.Property(p => p.Name).HasMaxLength(StorageLimits.NameLength);
        builder.Property(p => p.FullName).HasMaxLength(StorageLimits.NameLength);
        builder.Property(p => p.Type).HasMaxLength(StorageLimits.TextLength);
        builder.Property(p => p.Status).HasMaxLength(StorageLimits.TextLength);
        builder.Property(p => p.Locality).HasMaxLength(StorageLimits.TextLength);
        builder.Property(p => p.Region).HasMaxLength(StorageLimits.TextLength);
        builder.Property(p => p.ContentHash).ContentHash();
        builder.Property(p => p.Raw).Json();
    }
}
