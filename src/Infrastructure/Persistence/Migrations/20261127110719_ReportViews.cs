using Microsoft.EntityFrameworkCore.Migrations;
using SpaceX.Infrastructure.Analytics;

#nullable disable

namespace SpaceX.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Each report as a view named after its file (sql/analytics), made of the file as it is, in the spacex schema that
    /// the read-only Trino role reads. A report file that changes needs a migration that makes its view again: a test
    /// compares each file with the fingerprint of the migration that last made its view.
    /// </summary>
    public partial class ReportViews : Migration, IMakesReportViews
    {
        public IReadOnlyDictionary<string, string> ViewSources { get; } = new Dictionary<string, string>
        {
            ["launch_performance"] = "75188e81338eca819223172bd39f0501ee8ab2636c8c7f67459eab9d1b2bd6df",
            ["top_payload_masses"] = "b2f6e203c67d0ef3d32bc4fdbf992e60b8cb52cd8f8912142427c289bcc7aaac",
            ["static_fire_delays"] = "7dc1127c5ac7c3745b9babd2101d47ab450ea25bdd17e1e25bc8e712f73a0de1",
            ["launch_site_utilization"] = "8a6b7f1e830a930aebaca2ee68fd92f4e0b1f8e0c85cdf0decfd561fc898ee07",
            ["aggregation_trend"] = "0c7df5e7563d190d5e6f811762d9f7f13d564e04a4d1145953d7c639e45cb22c",
            ["latest_aggregation"] = "385fc6e8eda97f1311543c5bb22f08ff186de6fc24ca76b1c416bfbedb41f7c7",
        };

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var report in ViewSources.Keys)
            {
                migrationBuilder.Sql(AnalyticsSql.CreateView(report));
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var report in ViewSources.Keys)
            {
                migrationBuilder.Sql($"DROP VIEW IF EXISTS spacex.{report};");
            }
        }
    }
}
