using Npgsql;
using SpaceX.Application.Ingestion;
using SpaceX.Domain.Launches;

namespace SpaceX.Infrastructure.Persistence.Writes;

/// <summary>
/// The stored payloads a batch of launches lists, with their masses, for launches copied straight into their table: a
/// launch's total mass is the one the upsert computes in SQL (<see cref="WriteTables.Launches"/>), the sum of the known
/// masses of the payloads it lists, each counted once, and null (never 0) when none is known. The payloads listed but
/// not stored come with them.
/// </summary>
internal sealed class PayloadMasses
{
    private readonly Dictionary<string, decimal?> _masses;

    private PayloadMasses(Dictionary<string, decimal?> masses) => _masses = masses;

    public static async Task<PayloadMasses> ReadAsync(NpgsqlConnection connection, IEnumerable<Launch> launches, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT id, mass_kg FROM {TableNames.Payloads} WHERE id = ANY ($1::char(24)[])", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = launches.SelectMany(l => l.PayloadIds).Distinct().ToArray() });
        var masses = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            masses[reader.GetString(0)] = reader.IsDBNull(1) ? null : reader.GetDecimal(1);
        }

        return new PayloadMasses(masses);
    }

    public decimal? TotalOf(Launch launch)
    {
        decimal? total = null;
        foreach (var id in launch.PayloadIds.Distinct())
        {
            if (_masses.TryGetValue(id, out var mass) && mass is { } known)
            {
                total = (total ?? 0) + known;
            }
        }

        return total;
    }

    /// <summary>Each payload a launch lists that is not stored, as often as it is listed (quarantined: told later).</summary>
    public IEnumerable<UnstoredPayload> UnstoredOf(IEnumerable<Launch> launches) =>
        from launch in launches
        from id in launch.PayloadIds
        where !_masses.ContainsKey(id)
        select new UnstoredPayload(launch.Name, launch.Id, id, Quarantined: false);
}
