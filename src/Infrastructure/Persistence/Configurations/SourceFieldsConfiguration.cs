using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpaceX.Infrastructure.Persistence.Tables;

namespace SpaceX.Infrastructure.Persistence.Configurations;

internal sealed class SourceFieldsConfiguration : IEntityTypeConfiguration<SourceFieldsRow>
{
    public void Configure(EntityTypeBuilder<SourceFieldsRow> builder)
    {
        builder.ToTable(TableNames.Bare(TableNames.SourceFields));
        builder.HasKey(f => f.Entity);
        builder.Property(f => f.Entity).HasMaxLength(16);
        builder.HasOne<IngestionRunRow>().WithMany().HasForeignKey(f => f.RunId).OnDelete(DeleteBehavior.Restrict);
    }
}
