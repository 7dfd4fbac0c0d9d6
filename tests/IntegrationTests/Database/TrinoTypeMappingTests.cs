using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Database;

/// <summary>
/// Trino cannot run here, so this reads the live schema and applies the type mapping of Trino's PostgreSQL connector
/// (trino.io/docs/current/connector/postgresql.html, "Type mapping", PostgreSQL to Trino) under the catalog as
/// configured in docker/trino/catalog/postgresql.properties. The connector leaves out, without an error, a column whose
/// type it does not map: an unbounded numeric unless decimal-mapping=ALLOW_OVERFLOW, an array unless
/// postgresql.array-mapping is AS_ARRAY or AS_JSON, and any type not in its table.
/// </summary>
public sealed class TrinoTypeMappingTests
{
    /// <summary>PostgreSQL types (information_schema's udt_name) the connector maps in any configuration.</summary>
    private static readonly HashSet<string> Mapped =
    [
        "bool", "bit", "int2", "int4", "int8", "float4", "float8", "bpchar", "varchar", "text", "bytea", "date", "time",
        "timestamp", "timestamptz", "uuid", "json", "jsonb", "money", "hstore",
    ];

    [Fact]
    public async Task EveryColumnOfTheMigratedSchema_IsOneTheCatalogAsConfiguredShows()
    {
        await using var database = await TestDatabase.CreateAsync();

        Assert.Empty(await HiddenColumnsAsync(database, Catalog()));
    }

    [Fact]
    public async Task AnUnboundedNumericOrAnArrayWithoutArrayMapping_IsFound()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ExecuteAsync("ALTER TABLE spacex.launches ADD COLUMN probe numeric");

        var hidden = await HiddenColumnsAsync(database, new Dictionary<string, string>());

        Assert.Contains("launches.probe numeric without a precision", hidden);
        Assert.Contains("launches.payload_ids _text (an array)", hidden);
    }

    /// <summary>The columns of schema spacex that Trino would not show, with why.</summary>
    private static async Task<List<string>> HiddenColumnsAsync(TestDatabase database, IReadOnlyDictionary<string, string> catalog)
    {
        var arrays = catalog.GetValueOrDefault("postgresql.array-mapping", "DISABLED") is "AS_ARRAY" or "AS_JSON";
        var overflowingDecimals = catalog.GetValueOrDefault("decimal-mapping", "STRICT") == "ALLOW_OVERFLOW";
        await using var command = database.DataSource.CreateCommand(
            "SELECT table_name, column_name, udt_name, numeric_precision FROM information_schema.columns " +
            "WHERE table_schema = 'spacex' ORDER BY table_name, column_name");
        await using var reader = await command.ExecuteReaderAsync();
        var hidden = new List<string>();
        while (await reader.ReadAsync())
        {
            var (column, type) = ($"{reader.GetString(0)}.{reader.GetString(1)}", reader.GetString(2));
            var reason = type switch
            {
                "numeric" when reader.IsDBNull(3) && !overflowingDecimals => "numeric without a precision",
                "numeric" => null,
                ['_', .. var element] when !arrays || !Mapped.Contains(element) => $"{type} (an array)",
                ['_', ..] => null,
                _ when !Mapped.Contains(type) => $"{type} (not in the connector's type mapping)",
                _ => null,
            };
            if (reason is not null)
            {
                hidden.Add($"{column} {reason}");
            }
        }

        return hidden;
    }

    private static Dictionary<string, string> Catalog() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "trino-catalog", "postgresql.properties"))
            .Where(line => line.Contains('=') && !line.TrimStart().StartsWith('#'))
            .Select(line => line.Split('=', 2))
            .ToDictionary(pair => pair[0].Trim(), pair => pair[1].Trim());
}
