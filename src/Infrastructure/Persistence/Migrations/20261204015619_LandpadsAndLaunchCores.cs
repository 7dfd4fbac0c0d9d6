using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpaceX.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LandpadsAndLaunchCores : Migration
    {
        /// <summary>
        /// Each stored launch's cores, from its newest raw JSON: plain SQL, no API call. A value of another JSON type than
        /// its column's is left NULL here (the next run that reads the launch validates it strictly).
        /// </summary>
        public const string BackfillCoresSql =
            """
            INSERT INTO spacex.launch_cores (launch_id, position, core_id, flight, reused, gridfins, legs,
                landing_attempt, landing_success, landing_type, landpad_id, first_seen_at, last_changed_at)
            SELECT r.launch_id, c.position - 1,
                CASE WHEN c.core ->> 'core' ~ '^[0-9a-f]{24}$' THEN c.core ->> 'core' END,
                CASE WHEN jsonb_typeof(c.core -> 'flight') = 'number' AND c.core ->> 'flight' ~ '^[0-9]{1,9}$' THEN (c.core ->> 'flight')::integer END,
                CASE WHEN jsonb_typeof(c.core -> 'reused') = 'boolean' THEN (c.core ->> 'reused')::boolean END,
                CASE WHEN jsonb_typeof(c.core -> 'gridfins') = 'boolean' THEN (c.core ->> 'gridfins')::boolean END,
                CASE WHEN jsonb_typeof(c.core -> 'legs') = 'boolean' THEN (c.core ->> 'legs')::boolean END,
                CASE WHEN jsonb_typeof(c.core -> 'landing_attempt') = 'boolean' THEN (c.core ->> 'landing_attempt')::boolean END,
                CASE WHEN jsonb_typeof(c.core -> 'landing_success') = 'boolean' THEN (c.core ->> 'landing_success')::boolean END,
                CASE WHEN jsonb_typeof(c.core -> 'landing_type') = 'string' THEN left(c.core ->> 'landing_type', 100) END,
                CASE WHEN c.core ->> 'landpad' ~ '^[0-9a-f]{24}$' THEN c.core ->> 'landpad' END,
                r.ingested_at, r.ingested_at
            FROM (
                SELECT DISTINCT ON (launch_id) launch_id, payload, ingested_at
                FROM spacex.raw_launches ORDER BY launch_id, id DESC
            ) r
            JOIN spacex.launches l ON l.id = r.launch_id
            CROSS JOIN LATERAL jsonb_array_elements(
                CASE WHEN jsonb_typeof(r.payload -> 'cores') = 'array' THEN r.payload -> 'cores' ELSE '[]'::jsonb END
            ) WITH ORDINALITY AS c(core, position)
            WHERE jsonb_typeof(c.core) = 'object';
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "landing_attempts",
                schema: "spacex",
                table: "launch_aggregations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "landing_successes",
                schema: "spacex",
                table: "launch_aggregations",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "landpads",
                schema: "spacex",
                columns: table => new
                {
                    id = table.Column<string>(type: "character(24)", fixedLength: true, maxLength: 24, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    status = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    locality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    landing_attempts = table.Column<int>(type: "integer", nullable: true),
                    landing_successes = table.Column<int>(type: "integer", nullable: true),
                    content_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    raw = table.Column<string>(type: "jsonb", nullable: false),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_landpads", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "launch_cores",
                schema: "spacex",
                columns: table => new
                {
                    launch_id = table.Column<string>(type: "character(24)", fixedLength: true, maxLength: 24, nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    core_id = table.Column<string>(type: "character(24)", fixedLength: true, maxLength: 24, nullable: true),
                    flight = table.Column<int>(type: "integer", nullable: true),
                    reused = table.Column<bool>(type: "boolean", nullable: true),
                    gridfins = table.Column<bool>(type: "boolean", nullable: true),
                    legs = table.Column<bool>(type: "boolean", nullable: true),
                    landing_attempt = table.Column<bool>(type: "boolean", nullable: true),
                    landing_success = table.Column<bool>(type: "boolean", nullable: true),
                    landing_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    landpad_id = table.Column<string>(type: "character(24)", fixedLength: true, maxLength: 24, nullable: true),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_launch_cores", x => new { x.launch_id, x.position });
                    table.ForeignKey(
                        name: "fk_launch_cores_launches_launch_id",
                        column: x => x.launch_id,
                        principalSchema: "spacex",
                        principalTable: "launches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_launch_cores_landpad_id",
                schema: "spacex",
                table: "launch_cores",
                column: "landpad_id");

            migrationBuilder.Sql(BackfillCoresSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "landpads",
                schema: "spacex");

            migrationBuilder.DropTable(
                name: "launch_cores",
                schema: "spacex");

            migrationBuilder.DropColumn(
                name: "landing_attempts",
                schema: "spacex",
                table: "launch_aggregations");

            migrationBuilder.DropColumn(
                name: "landing_successes",
                schema: "spacex",
                table: "launch_aggregations");
        }
    }
}
