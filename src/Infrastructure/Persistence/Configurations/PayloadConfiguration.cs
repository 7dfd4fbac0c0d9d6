using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpaceX.Infrastructure.Persistence.Tables;

namespace SpaceX.Infrastructure.Persistence.Configurations;

internal sealed class PayloadConfiguration : IEntityTypeConfiguration<PayloadRow>
{
    public void Configure(EntityTypeBuilder<PayloadRow> builder)
    {
        builder.ToTable("payloads");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).SpaceXId();
        builder.Property(p => p.MassKg).HasPrecision(12, 2);
        // No foreign key: the API's own payloads point at launches that do not exist.
        builder.Property(p => p.LaunchId).SpaceXId();
        builder.Property(p => p.ContentHash).ContentHash();
        builder.Property(p => p.Raw).Json();
        builder.HasIndex(p => p.LaunchId);
    }
}
