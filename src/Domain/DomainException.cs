namespace SpaceX.Domain;

/// <summary>The one exception type the domain throws when an invariant would be broken.</summary>
public sealed class DomainException(string message) : Exception(message);
