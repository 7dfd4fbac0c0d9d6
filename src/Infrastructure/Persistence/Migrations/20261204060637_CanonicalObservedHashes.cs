using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpaceX.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Observed hashes are now taken over a canonical form of the glanced document, not its bytes: the stored ones are
    /// forgotten, so that the next glance compares with the hash the database takes of each stored launch (one
    /// request, not a full fetch to record them anew).
    /// </summary>
    public partial class CanonicalObservedHashes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE spacex.launches SET observed_hash = NULL WHERE observed_hash IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE spacex.launches SET observed_hash = NULL WHERE observed_hash IS NOT NULL;");
        }
    }
}
