using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpaceX.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RunStepsAndDrift : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string[]>(
                name: "drift",
                schema: "spacex",
                table: "ingestion_runs",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "steps",
                schema: "spacex",
                table: "ingestion_runs",
                type: "jsonb",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "drift",
                schema: "spacex",
                table: "ingestion_runs");

            migrationBuilder.DropColumn(
                name: "steps",
                schema: "spacex",
                table: "ingestion_runs");
        }
    }
}
