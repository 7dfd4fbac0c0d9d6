using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpaceX.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class StoredLimitsRemovedLaunchesFieldTypes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string[]>(
                name: "field_types",
                schema: "spacex",
                table: "source_fields",
                type: "text[]",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "type",
                schema: "spacex",
                table: "rockets",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "name",
                schema: "spacex",
                table: "rockets",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "type",
                schema: "spacex",
                table: "payloads",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "orbit",
                schema: "spacex",
                table: "payloads",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "name",
                schema: "spacex",
                table: "payloads",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<decimal>(
                name: "mass_kg",
                schema: "spacex",
                table: "payloads",
                type: "numeric(9,2)",
                precision: 9,
                scale: 2,
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(12,2)",
                oldPrecision: 12,
                oldScale: 2,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "status",
                schema: "spacex",
                table: "launchpads",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "region",
                schema: "spacex",
                table: "launchpads",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "name",
                schema: "spacex",
                table: "launchpads",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "locality",
                schema: "spacex",
                table: "launchpads",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "full_name",
                schema: "spacex",
                table: "launchpads",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "name",
                schema: "spacex",
                table: "launches",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "removed_at",
                schema: "spacex",
                table: "launches",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "static_fire_delay_hours",
                schema: "spacex",
                table: "launches",
                type: "numeric",
                nullable: true,
                computedColumnSql: "CASE WHEN NOT upcoming AND static_fire_date_utc <= date_utc THEN extract(EPOCH FROM date_utc - static_fire_date_utc) / 3600 END",
                stored: true,
                oldClrType: typeof(decimal),
                oldType: "numeric",
                oldNullable: true,
                oldComputedColumnSql: "CASE WHEN NOT upcoming AND static_fire_date_utc < date_utc THEN extract(EPOCH FROM date_utc - static_fire_date_utc) / 3600 END",
                oldStored: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "field_types",
                schema: "spacex",
                table: "source_fields");

            migrationBuilder.DropColumn(
                name: "removed_at",
                schema: "spacex",
                table: "launches");

            migrationBuilder.AlterColumn<string>(
                name: "type",
                schema: "spacex",
                table: "rockets",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "name",
                schema: "spacex",
                table: "rockets",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "type",
                schema: "spacex",
                table: "payloads",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "orbit",
                schema: "spacex",
                table: "payloads",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "name",
                schema: "spacex",
                table: "payloads",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<decimal>(
                name: "mass_kg",
                schema: "spacex",
                table: "payloads",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(9,2)",
                oldPrecision: 9,
                oldScale: 2,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "status",
                schema: "spacex",
                table: "launchpads",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "region",
                schema: "spacex",
                table: "launchpads",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "name",
                schema: "spacex",
                table: "launchpads",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "locality",
                schema: "spacex",
                table: "launchpads",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "full_name",
                schema: "spacex",
                table: "launchpads",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "name",
                schema: "spacex",
                table: "launches",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<decimal>(
                name: "static_fire_delay_hours",
                schema: "spacex",
                table: "launches",
                type: "numeric",
                nullable: true,
                computedColumnSql: "CASE WHEN NOT upcoming AND static_fire_date_utc < date_utc THEN extract(EPOCH FROM date_utc - static_fire_date_utc) / 3600 END",
                stored: true,
                oldClrType: typeof(decimal),
                oldType: "numeric",
                oldNullable: true,
                oldComputedColumnSql: "CASE WHEN NOT upcoming AND static_fire_date_utc <= date_utc THEN extract(EPOCH FROM date_utc - static_fire_date_utc) / 3600 END",
                oldStored: true);
        }
    }
}
