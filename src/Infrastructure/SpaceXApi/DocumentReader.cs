using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using SpaceX.Application.Ingestion;
using SpaceX.Application.Ingestion.Documents;

namespace SpaceX.Infrastructure.SpaceXApi;

/// <summary>
/// Reads API documents strictly: a field the API sent as <c>null</c>, or left out, is null; a field of another JSON
/// type than its own is a type error of the record (the field, what was expected and what came), never a null
/// stored in its place. Validators then check what was read.
/// </summary>
public static class DocumentReader
{
    public static LaunchDocument Launch(JsonElement e)
    {
        var f = new FieldReader(e);
        return new LaunchDocument(
            f.String("id"), f.Int("flight_number"), f.String("name"), f.String("date_utc"), f.String("date_precision"),
            f.Bool("upcoming"), f.Bool("success"), f.String("static_fire_date_utc"), f.String("launchpad"), f.String("rocket"),
            f.Strings("payloads"), f.Objects("cores")?.Select(Core).ToList(), Raw(e), f.Errors);
    }

    private static CoreDocument Core(FieldReader f) =>
        new(f.String("core"), f.Int("flight"), f.Bool("reused"), f.Bool("gridfins"), f.Bool("legs"),
            f.Bool("landing_attempt"), f.Bool("landing_success"), f.String("landing_type"), f.String("landpad"));

    public static LandpadDocument Landpad(JsonElement e)
    {
        var f = new FieldReader(e);
        return new LandpadDocument(
            f.String("id"), f.String("name"), f.String("full_name"), f.String("type"), f.String("status"), f.String("locality"),
            f.String("region"), f.Int("landing_attempts"), f.Int("landing_successes"), Raw(e), f.Errors);
    }

    public static PayloadDocument Payload(JsonElement e)
    {
        var f = new FieldReader(e);
        return new PayloadDocument(
            f.String("id"), f.String("name"), f.String("type"), f.Decimal("mass_kg"), f.String("orbit"), f.String("launch"), Raw(e), f.Errors);
    }

    public static LaunchpadDocument Launchpad(JsonElement e)
    {
        var f = new FieldReader(e);
        return new LaunchpadDocument(
            f.String("id"), f.String("name"), f.String("full_name"), f.String("locality"), f.String("region"), f.String("status"), Raw(e), f.Errors);
    }

    public static RocketDocument Rocket(JsonElement e)
    {
        var f = new FieldReader(e);
        return new RocketDocument(f.String("id"), f.String("name"), f.String("type"), f.Bool("active"), Raw(e), f.Errors);
    }

    /// <summary>
    /// A launch as a glance saw it (payloads and references populated): its id, and the hash of its canonical form,
    /// which the database can also take over the same launch put together from what it stores.
    /// </summary>
    public static GlancedLaunch Observed(JsonElement e) => new(new FieldReader(e).String("id"), CanonicalJson.Sha256Hex(e));

    /// <summary>The document's bytes as the API sent them (escapes and all), and their hash.</summary>
    public static RawJson Raw(JsonElement e)
    {
        var utf8 = JsonMarshal.GetRawUtf8Value(e).ToArray();
        return new RawJson(utf8, Convert.ToHexStringLower(SHA256.HashData(utf8)));
    }
}
