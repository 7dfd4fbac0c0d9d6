using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpaceX.Infrastructure.Persistence.Tables;

namespace SpaceX.Infrastructure.Persistence.Configurations;

internal sealed class QuarantinedRecordConfiguration : IEntityTypeConfiguration<QuarantinedRecordRow>
{
    public void Configure(EntityTypeBuilder<QuarantinedRecordRow> builder)
    {
        builder.ToTable(TableNames.Bare(TableNames.QuarantinedRecords));
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).UseIdentityAlwaysColumn();
        builder.Property(q => q.Entity).HasMaxLength(16);
        builder.Property(q => q.Raw).Json();
        builder.HasIndex(q => q.RunId);
        builder.HasOne<IngestionRunRow>().WithMany().HasForeignKey(q => q.RunId).OnDelete(DeleteBehavior.Restrict);
    }
}
