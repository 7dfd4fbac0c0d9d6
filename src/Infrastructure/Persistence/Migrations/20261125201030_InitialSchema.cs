using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SpaceX.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "spacex");

            migrationBuilder.CreateTable(
                name: "ingestion_runs",
                schema: "spacex",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    mode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    fetched = table.Column<int>(type: "integer", nullable: false),
                    inserted = table.Column<int>(type: "integer", nullable: false),
                    updated = table.Column<int>(type: "integer", nullable: false),
                    unchanged = table.Column<int>(type: "integer", nullable: false),
                    quarantined = table.Column<int>(type: "integer", nullable: false),
                    related_quarantined = table.Column<int>(type: "integer", nullable: false),
                    raw_versions_added = table.Column<int>(type: "integer", nullable: false),
                    http_requests = table.Column<int>(type: "integer", nullable: false),
                    high_water_mark = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ingestion_runs", x => x.id);
                    table.CheckConstraint("ck_ingestion_runs_mode", "mode IN ('initial', 'incremental', 'full_refresh', 'backfill')");
                    table.CheckConstraint("ck_ingestion_runs_status", "status IN ('running', 'succeeded', 'succeeded_with_warnings', 'failed', 'abandoned')");
                });

            migrationBuilder.CreateTable(
                name: "launchpads",
                schema: "spacex",
                columns: table => new
                {
                    id = table.Column<string>(type: "character(24)", fixedLength: true, maxLength: 24, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    full_name = table.Column<string>(type: "text", nullable: true),
                    locality = table.Column<string>(type: "text", nullable: true),
                    region = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "text", nullable: true),
                    content_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    raw = table.Column<string>(type: "jsonb", nullable: false),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_launchpads", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "payloads",
                schema: "spacex",
                columns: table => new
                {
                    id = table.Column<string>(type: "character(24)", fixedLength: true, maxLength: 24, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    type = table.Column<string>(type: "text", nullable: true),
                    mass_kg = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    orbit = table.Column<string>(type: "text", nullable: true),
                    launch_id = table.Column<string>(type: "character(24)", fixedLength: true, maxLength: 24, nullable: true),
                    content_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    raw = table.Column<string>(type: "jsonb", nullable: false),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payloads", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rockets",
                schema: "spacex",
                columns: table => new
                {
                    id = table.Column<string>(type: "character(24)", fixedLength: true, maxLength: 24, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    type = table.Column<string>(type: "text", nullable: true),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    content_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    raw = table.Column<string>(type: "jsonb", nullable: false),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rockets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "ingestion_state",
                schema: "spacex",
                columns: table => new
                {
                    source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    high_water_mark = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_run_id = table.Column<Guid>(type: "uuid", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ingestion_state", x => x.source);
                    table.ForeignKey(
                        name: "fk_ingestion_state_ingestion_runs_last_run_id",
                        column: x => x.last_run_id,
                        principalSchema: "spacex",
                        principalTable: "ingestion_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "launch_aggregations",
                schema: "spacex",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    computed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    snapshot_type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    run_id = table.Column<Guid>(type: "uuid", nullable: true),
                    total_launches = table.Column<int>(type: "integer", nullable: false),
                    successful_launches = table.Column<int>(type: "integer", nullable: false),
                    failed_launches = table.Column<int>(type: "integer", nullable: false),
                    upcoming_launches = table.Column<int>(type: "integer", nullable: false),
                    success_rate = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    avg_payload_mass_kg = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    avg_static_fire_delay_hours = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    max_static_fire_delay_hours = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    earliest_launch_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    latest_launch_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    launch_sites_used = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_launch_aggregations", x => x.id);
                    table.CheckConstraint("ck_launch_aggregations_snapshot_type", "snapshot_type IN ('initial', 'incremental', 'manual')");
                    table.ForeignKey(
                        name: "fk_launch_aggregations_ingestion_runs_run_id",
                        column: x => x.run_id,
                        principalSchema: "spacex",
                        principalTable: "ingestion_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "quarantined_records",
                schema: "spacex",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    entity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    record_id = table.Column<string>(type: "text", nullable: true),
                    reasons = table.Column<string[]>(type: "text[]", nullable: false),
                    raw = table.Column<string>(type: "jsonb", nullable: false),
                    quarantined_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_quarantined_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_quarantined_records_ingestion_runs_run_id",
                        column: x => x.run_id,
                        principalSchema: "spacex",
                        principalTable: "ingestion_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "raw_launches",
                schema: "spacex",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    launch_id = table.Column<string>(type: "character(24)", fixedLength: true, maxLength: 24, nullable: false),
                    content_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ingested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_raw_launches", x => x.id);
                    table.ForeignKey(
                        name: "fk_raw_launches_ingestion_runs_run_id",
                        column: x => x.run_id,
                        principalSchema: "spacex",
                        principalTable: "ingestion_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "launches",
                schema: "spacex",
                columns: table => new
                {
                    id = table.Column<string>(type: "character(24)", fixedLength: true, maxLength: 24, nullable: false),
                    flight_number = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    date_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    date_precision = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    upcoming = table.Column<bool>(type: "boolean", nullable: false),
                    success = table.Column<bool>(type: "boolean", nullable: true),
                    static_fire_date_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    launchpad_id = table.Column<string>(type: "character(24)", fixedLength: true, maxLength: 24, nullable: false),
                    rocket_id = table.Column<string>(type: "character(24)", fixedLength: true, maxLength: 24, nullable: false),
                    payload_ids = table.Column<string[]>(type: "text[]", nullable: false),
                    total_payload_mass_kg = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    content_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    first_seen_run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    last_changed_run_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_launches", x => x.id);
                    table.ForeignKey(
                        name: "fk_launches_launchpads_launchpad_id",
                        column: x => x.launchpad_id,
                        principalSchema: "spacex",
                        principalTable: "launchpads",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_launches_rockets_rocket_id",
                        column: x => x.rocket_id,
                        principalSchema: "spacex",
                        principalTable: "rockets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_ingestion_runs_started_at",
                schema: "spacex",
                table: "ingestion_runs",
                column: "started_at",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_ingestion_state_last_run_id",
                schema: "spacex",
                table: "ingestion_state",
                column: "last_run_id");

            migrationBuilder.CreateIndex(
                name: "ix_launch_aggregations_computed_at",
                schema: "spacex",
                table: "launch_aggregations",
                column: "computed_at",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_launch_aggregations_run_id",
                schema: "spacex",
                table: "launch_aggregations",
                column: "run_id");

            migrationBuilder.CreateIndex(
                name: "ix_launches_date_utc",
                schema: "spacex",
                table: "launches",
                column: "date_utc");

            migrationBuilder.CreateIndex(
                name: "ix_launches_launchpad_id",
                schema: "spacex",
                table: "launches",
                column: "launchpad_id");

            migrationBuilder.CreateIndex(
                name: "ix_launches_rocket_id",
                schema: "spacex",
                table: "launches",
                column: "rocket_id");

            migrationBuilder.CreateIndex(
                name: "ix_launches_total_payload_mass_kg",
                schema: "spacex",
                table: "launches",
                column: "total_payload_mass_kg",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_launches_upcoming",
                schema: "spacex",
                table: "launches",
                column: "upcoming",
                filter: "upcoming");

            migrationBuilder.CreateIndex(
                name: "ix_payloads_launch_id",
                schema: "spacex",
                table: "payloads",
                column: "launch_id");

            migrationBuilder.CreateIndex(
                name: "ix_quarantined_records_run_id",
                schema: "spacex",
                table: "quarantined_records",
                column: "run_id");

            migrationBuilder.CreateIndex(
                name: "ix_raw_launches_launch_id_content_hash",
                schema: "spacex",
                table: "raw_launches",
                columns: new[] { "launch_id", "content_hash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_raw_launches_run_id",
                schema: "spacex",
                table: "raw_launches",
                column: "run_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ingestion_state",
                schema: "spacex");

            migrationBuilder.DropTable(
                name: "launch_aggregations",
                schema: "spacex");

            migrationBuilder.DropTable(
                name: "launches",
                schema: "spacex");

            migrationBuilder.DropTable(
                name: "payloads",
                schema: "spacex");

            migrationBuilder.DropTable(
                name: "quarantined_records",
                schema: "spacex");

            migrationBuilder.DropTable(
                name: "raw_launches",
                schema: "spacex");

            migrationBuilder.DropTable(
                name: "launchpads",
                schema: "spacex");

            migrationBuilder.DropTable(
                name: "rockets",
                schema: "spacex");

            migrationBuilder.DropTable(
                name: "ingestion_runs",
                schema: "spacex");
        }
    }
}
