using Npgsql;
using SpaceX.Domain.Launches;

namespace SpaceX.Infrastructure.Persistence.Writes;

/// <summary>
/// The stored masses of the payloads a page of launches lists, for a launch copied straight into its table: its total
/// mass is the one the upsert computes in SQL (<see cref="WriteTables.Launches"/>), the sum of the known masses of the
/// payloads it lists, each counted once, and null (never 0) when none is known.
/// </summary>
internal sealed class PayloadMasses
{
    private readonly Dictionary<string, decimal> _masses;

    private PayloadMasses(Dictionary<string, decimal> masses) => _masses = masses;

    public static async Task<PayloadMasses> ReadAsync(NpgsqlConnection connection, IEnumerable<Launch> launches, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT id, mass_kg FROM {TableNames.Payloads} WHERE id = ANY ($1::char(24)[]) AND mass_kg IS NOT NULL", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = launches.SelectMany(l => l.PayloadIds).Distinct().ToArray() });
        var masses = new Dictionary<string, decimal>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            masses[reader.GetString(0)] = reader.GetDecimal(1);
        }

        return new PayloadMasses(masses);
    }

    public decimal? TotalOf(Launch launch)
    {
        decimal? total = null;
        foreach (var id in launch.PayloadIds.Distinct())
        {
            if (_masses.TryGetValue(id, out var mass))
            {
                total = (total ?? 0) + mass;
            }
        }

        return total;
    }
}
