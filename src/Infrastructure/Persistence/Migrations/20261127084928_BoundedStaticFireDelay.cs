using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpaceX.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class BoundedStaticFireDelay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<decimal>(
                name: "static_fire_delay_hours",
                schema: "spacex",
                table: "launches",
                type: "numeric(14,6)",
                precision: 14,
                scale: 6,
                nullable: true,
                computedColumnSql: "CASE WHEN NOT upcoming AND static_fire_date_utc <= date_utc THEN extract(EPOCH FROM date_utc - static_fire_date_utc) / 3600 END",
                stored: true,
                oldClrType: typeof(decimal),
                oldType: "numeric",
                oldNullable: true,
                oldComputedColumnSql: "CASE WHEN NOT upcoming AND static_fire_date_utc <= date_utc THEN extract(EPOCH FROM date_utc - static_fire_date_utc) / 3600 END",
                oldStored: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<decimal>(
                name: "static_fire_delay_hours",
                schema: "spacex",
                table: "launches",
                type: "numeric",
                nullable: true,
                computedColumnSql: "CASE WHEN NOT upcoming AND static_fire_date_utc <= date_utc THEN extract(EPOCH FROM date_utc - static_fire_date_utc) / 3600 END",
                stored: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(14,6)",
                oldPrecision: 14,
                oldScale: 6,
                oldNullable: true,
                oldComputedColumnSql: "CASE WHEN NOT upcoming AND static_fire_date_utc <= date_utc THEN extract(EPOCH FROM date_utc - static_fire_date_utc) / 3600 END",
                oldStored: true);
        }
    }
}
