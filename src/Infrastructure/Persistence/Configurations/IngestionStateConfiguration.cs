using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpaceX.Infrastructure.Persistence.Tables;

namespace SpaceX.Infrastructure.Persistence.Configurations;

internal sealed class IngestionStateConfiguration : IEntityTypeConfiguration<IngestionStateRow>
{
    public void Configure(EntityTypeBuilder<IngestionStateRow> builder)
    {
        builder.ToTable(TableNames.Bare(TableNames.IngestionState));
        builder.HasKey(s => s.Source);
        builder.Property(s => s.Source).HasMaxLength(32);
        builder.HasOne<IngestionRunRow>().WithMany().HasForeignKey(s => s.LastRunId).OnDelete(DeleteBehavior.Restrict);
    }
}
