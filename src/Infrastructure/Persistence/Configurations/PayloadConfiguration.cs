using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpaceX.Application.Ingestion.Documents;
using SpaceX.Infrastructure.Persistence.Tables;

namespace SpaceX.Infrastructure.Persistence.Configurations;

internal sealed class PayloadConfiguration : IEntityTypeConfiguration<PayloadRow>
{
    public void Configure(EntityTypeBuilder<PayloadRow> builder)
    {
        builder.ToTable(TableNames.Bare(TableNames.Payloads));
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).SpaceXId();
        builder.Property(p => p.Name).HasMaxLength(StorageLimits.NameLength);
        builder.Property(p => p.Type).HasMaxLength(StorageLimits.TextLength);
        builder.Property(p => p.Orbit).HasMaxLength(StorageLimits.TextLength);
        builder.Property(p => p.MassKg).HasPrecision(StorageLimits.MassPrecision, StorageLimits.MassScale);
        // No foreign key: the API's own payloads point at launches that do not exist.
        builder.Property(p => p.LaunchId).SpaceXId();
        builder.Property(p => p.ContentHash).ContentHash();
        builder.Property(p => p.Raw).Json();
        builder.HasIndex(p => p.LaunchId);
    }
}
