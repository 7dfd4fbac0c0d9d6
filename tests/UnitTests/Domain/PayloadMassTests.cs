using SpaceX.Domain;
using SpaceX.Domain.Launches;
using SpaceX.Domain.Reference;
using SpaceX.UnitTests.Support;

namespace SpaceX.UnitTests.Domain;

public sealed class PayloadMassTests
{
    [Fact]
    public void Total_AllUnknown_IsNull() => Assert.Null(PayloadMass.Total([null, null]));

    [Fact]
    public void Total_KnownZeroMass_IsZero() => Assert.Equal(0m, PayloadMass.Total([0m, null]));

    [Fact]
    public void RealSnapshot_PayloadsWithUnknownMass_AreValid()
    {
        var payloads = Snapshot.Read("payloads.json").Select(p => Payload.Create(
            p.GetProperty("id").GetString()!,
            p.GetProperty("name").GetString()!,
            p.GetProperty("type").GetString(),
            p.GetProperty("mass_kg").ValueKind == System.Text.Json.JsonValueKind.Null ? null : p.GetProperty("mass_kg").GetDecimal(),
            p.GetProperty("orbit").GetString(),
            p.GetProperty("launch").GetString())).ToList();

        Assert.Equal(225, payloads.Count);
        Assert.Equal(29, payloads.Count(p => p.MassKg is null));
    }

    [Fact]
    public void CreatePayload_NegativeMass_Throws()
    {
        var error = Assert.Throws<DomainException>(() => Payload.Create(Launches.NewId(), "Sat", "Satellite", -1m, "LEO", null));

        Assert.Contains("negative mass", error.Message);
    }
}
