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

    /// <summary>A byte in the first document's name that is not UTF-8 (0xFF), as a server with a broken encoder sends.</summary>
    InvalidUtf8,

    /// <summary>The first document's <c>name</c> key given twice, the first time with another value: the document is ambiguous.</summary>
    DuplicateKey,

    /// <summary>The request's body is dropped (as by a proxy that refuses chunked bodies): a query runs with default options.</summary>
    IgnoreBody,
}
