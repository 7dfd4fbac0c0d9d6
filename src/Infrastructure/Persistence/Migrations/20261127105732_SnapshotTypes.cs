using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpaceX.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SnapshotTypes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_launch_aggregations_snapshot_type",
                schema: "spacex",
                table: "launch_aggregations");

            migrationBuilder.AddCheckConstraint(
                name: "ck_launch_aggregations_snapshot_type",
                schema: "spacex",
                table: "launch_aggregations",
                sql: "snapshot_type IN ('initial', 'incremental', 'full_refresh', 'backfill', 'manual')");

            // Snapshots written before the types existed take the mode of the run that wrote them.
            migrationBuilder.Sql(
                """
                UPDATE spacex.launch_aggregations a SET snapshot_type = r.mode
                FROM spacex.ingestion_runs r
                WHERE r.id = a.run_id AND r.mode IN ('full_refresh', 'backfill') AND a.snapshot_type = 'incremental';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE spacex.launch_aggregations SET snapshot_type = 'incremental' WHERE snapshot_type IN ('full_refresh', 'backfill');");
            migrationBuilder.DropCheckConstraint(
                name: "ck_launch_aggregations_snapshot_type",
                schema: "spacex",
                table: "launch_aggregations");

            migrationBuilder.AddCheckConstraint(
                name: "ck_launch_aggregations_snapshot_type",
                schema: "spacex",
                table: "launch_aggregations",
                sql: "snapshot_type IN ('initial', 'incremental', 'manual')");
        }
    }
}
