using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpaceX.Infrastructure.Persistence.Tables;

namespace SpaceX.Infrastructure.Persistence.Configurations;

internal sealed class RawLaunchConfiguration : IEntityTypeConfiguration<RawLaunchRow>
{
    public void Configure(EntityTypeBuilder<RawLaunchRow> builder)
    {
        builder.ToTable(TableNames.Bare(TableNames.RawLaunches));
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseIdentityAlwaysColumn();
        builder.Property(r => r.LaunchId).SpaceXId();
        builder.Property(r => r.ContentHash).ContentHash();
        builder.Property(r => r.Payload).Json();
        builder.HasIndex(r => new { r.LaunchId, r.ContentHash }).IsUnique();
        builder.HasIndex(r => r.RunId);
        builder.HasOne<IngestionRunRow>().WithMany().HasForeignKey(r => r.RunId).OnDelete(DeleteBehavior.Restrict);
    }
}
