using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpaceX.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CancelledRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_ingestion_runs_status",
                schema: "spacex",
                table: "ingestion_runs");

            migrationBuilder.AddCheckConstraint(
                name: "ck_ingestion_runs_status",
                schema: "spacex",
                table: "ingestion_runs",
                sql: "status IN ('running', 'succeeded', 'succeeded_with_warnings', 'failed', 'cancelled', 'abandoned')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_ingestion_runs_status",
                schema: "spacex",
                table: "ingestion_runs");

            migrationBuilder.AddCheckConstraint(
                name: "ck_ingestion_runs_status",
                schema: "spacex",
                table: "ingestion_runs",
                sql: "status IN ('running', 'succeeded', 'succeeded_with_warnings', 'failed', 'abandoned')");
        }
    }
}
