using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpaceX.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SchemaFingerprintsAndRunWarnings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string[]>(
                name: "warnings",
                schema: "spacex",
                table: "ingestion_runs",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.CreateTable(
                name: "source_fields",
                schema: "spacex",
                columns: table => new
                {
                    entity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    fields = table.Column<string[]>(type: "text[]", nullable: false),
                    required_fields = table.Column<string[]>(type: "text[]", nullable: false),
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_source_fields", x => x.entity);
                    table.ForeignKey(
                        name: "fk_source_fields_ingestion_runs_run_id",
                        column: x => x.run_id,
                        principalSchema: "spacex",
                        principalTable: "ingestion_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_source_fields_run_id",
                schema: "spacex",
                table: "source_fields",
                column: "run_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "source_fields",
                schema: "spacex");

            migrationBuilder.DropColumn(
                name: "warnings",
                schema: "spacex",
                table: "ingestion_runs");
        }
    }
}
