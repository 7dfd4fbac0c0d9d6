using System.Text.Json;
using Npgsql;
using SpaceX.Infrastructure.SpaceXApi;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Database;

/// <summary>The glance's canonical form is PostgreSQL's jsonb text, byte for byte: the two sides of a hash compare.</summary>
public sealed class CanonicalJsonTests
{
    [Theory]
    [InlineData("""{"b": 1, "a": 2, "aa": 3, "a": 4}""")] // shortest key first, then by bytes; the last duplicate kept
    [InlineData("""{"ü": 1, "z": 2, "é": 3, "zz": 4, "Z": 5}""")] // keys by UTF-8 bytes, not by characters
    [InlineData("""[1.50, 1e2, -0, 0.1e1, 1.5E-7, 12055, -3.25, 0.0]""")] // numbers as numeric prints them
    [InlineData("""{"s": "quote \" backslash \\ slash \/ tab \t nl \n ctl \u0001 \u001f bell \u0007 é \u00e9 ✓ \ud83d\ude80"}""")]
    [InlineData("""  {  "empty" : { } , "list" : [ ] , "t" : true , "f" : false , "n" : null , "nested" : [ { "b" : [ 1 , { "a" : null } ] } ] }  """)]
    public async Task TheCanonicalText_IsWhatPostgresPrintsForTheSameJsonb(string json)
    {
        await using var connection = new NpgsqlConnection(await PostgresServer.AdminConnectionStringAsync());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT $1::jsonb::text, encode(sha256(convert_to($1::jsonb::text, 'UTF8')), 'hex')", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = json });
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        using var document = JsonDocument.Parse(json);

        Assert.Equal(reader.GetString(0), CanonicalJson.Text(document.RootElement));
        Assert.Equal(reader.GetString(1), CanonicalJson.Sha256Hex(document.RootElement));
    }
}
