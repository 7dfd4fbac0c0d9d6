using System.Buffers;

namespace SpaceX.Domain;

/// <summary>The API's identity for every record: 24 lower-case hexadecimal characters.</summary>
public static class SpaceXId
{
    public const int Length = 24;

    private static readonly SearchValues<char> HexDigitsLower = SearchValues.Create("0123456789abcdef");

    public static bool IsValid(string? value) =>
        value is { Length: Length } && !value.AsSpan().ContainsAnyExcept(HexDigitsLower);

    public static string Require(string? value, string what) =>
        IsValid(value) ? value! : throw new DomainException($"{what} '{value}' is not a 24-character hexadecimal id.");
}
