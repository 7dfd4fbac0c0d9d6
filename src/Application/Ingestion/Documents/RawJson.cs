using System.Text;

namespace SpaceX.Application.Ingestion.Documents;

/// <summary>
/// A record's JSON exactly as served, kept as UTF-8 (half the memory of a string, and what PostgreSQL takes), with
/// the SHA-256 of those bytes (64 hexadecimal characters).
/// </summary>
public sealed record RawJson(byte[] Utf8, string ContentHash)
{
    public string Text => Encoding.UTF8.GetString(Utf8);
}
