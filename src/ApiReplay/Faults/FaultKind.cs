namespace SpaceX.ApiReplay.Faults;

public enum FaultKind
{
    /// <summary>429 with a Retry-After header, as the CDN in front of the API answered under load.</summary>
    TooManyRequests,

    /// <summary>500 with a JSON error body.</summary>
    ServerError,

    /// <summary>403 with an HTML challenge page.</summary>
    Forbidden,

    /// <summary>The right status and length, but the connection drops halfway through the body.</summary>
    Truncated,

    /// <summary>An answer that takes far longer than usual.</summary>
    Slow,

    /// <summary>The request's body is dropped (as by a proxy that refuses chunked bodies): a query runs with default options.</summary>
    IgnoreBody,
}
