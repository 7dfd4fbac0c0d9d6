using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceX.Infrastructure.Persistence.Configurations;

/// <summary>Column shapes shared by several tables.</summary>
internal static class Columns
{
    public static PropertyBuilder<TString> SpaceXId<TString>(this PropertyBuilder<TString> property) =>
        property.HasMaxLength(Domain.SpaceXId.Length).IsFixedLength();

    /// <summary>SHA-256 of the record's JSON, as 64 hexadecimal characters.</summary>
    public static PropertyBuilder<string> ContentHash(this PropertyBuilder<string> property) =>
        property.HasMaxLength(64).IsFixedLength();

    public static PropertyBuilder<string> Json(this PropertyBuilder<string> property) =>
        property.HasColumnType("jsonb");
}
