using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpaceX.Application.Ingestion.Documents;
using SpaceX.Infrastructure.Persistence.Tables;

namespace SpaceX.Infrastructure.Persistence.Configurations;

internal sealed class RocketConfiguration : IEntityTypeConfiguration<RocketRow>
{
    public void Configure(EntityTypeBuilder<RocketRow> builder)
    {
        builder.ToTable(TableNames.Bare(TableNames.Rockets));
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).SpaceXId();
        builder.Property(r => r.Name).HasMaxLength(StorageLimits.NameLength);
        builder.Property(r => r.Type).HasMaxLength(StorageLimits.TextLength);
        builder.Property(r => r.ContentHash).ContentHash();
        builder.Property(r => r.Raw).Json();
    }
}
