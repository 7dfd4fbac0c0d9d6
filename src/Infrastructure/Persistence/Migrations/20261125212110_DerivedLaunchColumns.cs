using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpaceX.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DerivedLaunchColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "launch_year",
                schema: "spacex",
                table: "launches",
                type: "integer",
                nullable: false,
                computedColumnSql: "CAST(extract(YEAR FROM date_utc AT TIME ZONE 'UTC') AS integer)",
                stored: true);

            migrationBuilder.AddColumn<decimal>(
                name: "static_fire_delay_hours",
                schema: "spacex",
                table: "launches",
                type: "numeric",
                nullable: true,
                computedColumnSql: "CASE WHEN NOT upcoming AND static_fire_date_utc < date_utc THEN extract(EPOCH FROM date_utc - static_fire_date_utc) / 3600 END",
                stored: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "launch_year",
                schema: "spacex",
                table: "launches");

            migrationBuilder.DropColumn(
                name: "static_fire_delay_hours",
                schema: "spacex",
                table: "launches");
        }
    }
}
