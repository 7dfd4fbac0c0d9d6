using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpaceX.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Made the report views once. The views are now made after the migrations from the report catalog and its files
    /// (Analytics/ReportViews), so this migration is kept in the history only.
    /// </summary>
    public partial class ReportViews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
