using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpaceX.Infrastructure.Persistence.Tables;

namespace SpaceX.Infrastructure.Persistence.Configurations;

internal sealed class LaunchpadConfiguration : IEntityTypeConfiguration<LaunchpadRow>
{
    public void Configure(EntityTypeBuilder<LaunchpadRow> builder)
    {
        builder.ToTable("launchpads");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).SpaceXId();
        builder.Property(p => p.ContentHash).ContentHash();
        builder.Property(p => p.Raw).Json();
    }
}
