using System.Net;
using System.Text.Json;
using Polly.Timeout;
using Refit;
using SpaceX.Application.Ingestion;
using SpaceX.Application.Monitoring;

namespace SpaceX.Infrastructure.SpaceXApi;

/// <summary>One call to the API: its answer, or what went wrong in words (a <see cref="SpaceXSourceException"/>).</summary>
internal sealed class ApiCalls(SpaceXApiOptions options)
{
    public async Task<T> CallAsync<T>(Func<CancellationToken, Task<ApiResponse<T>>> call, string what, CancellationToken cancellationToken)
    {
        using var span = PipelineTracing.Step(what); // the HTTP client's spans (one per attempt) under it
        ApiResponse<T> response;
        try
        {
            response = await call(cancellationToken);
        }
        catch (Exception e) when (Describe(e) is { } problem && !cancellationToken.IsCancellationRequested)
        {
            throw new SpaceXSourceException($"{what} at {options.BaseUrl}: {problem}", e);
        }

        if (response.Error is ApiRequestException noAnswer) // the request never got an answer: refused, timed out, no such host
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw new SpaceXSourceException(
                $"{what} at {options.BaseUrl}: {Describe(noAnswer.InnerException ?? noAnswer) ?? OneLine(noAnswer.Message)}", noAnswer);
        }

        if (!response.IsSuccessStatusCode)
        {
            var html = response.ContentHeaders?.ContentType?.MediaType == "text/html" ? " with an HTML page" : "";
            throw new SpaceXSourceException(
                $"{what} at {options.BaseUrl}: the API answered HTTP {(int?)response.StatusCode} ({response.StatusCode}){html}", response.Error);
        }

        return response.Error is null && response.Content is not null
            ? response.Content
            : throw new SpaceXSourceException(
                $"{what} at {options.BaseUrl}: the API answered HTTP {(int?)response.StatusCode} with a body that is not the expected JSON " +
                $"({OneLine(response.Error?.InnerException?.Message ?? response.Error?.Message ?? "empty body")})",
                response.Error);
    }

    private string? Describe(Exception e) => e switch
    {
        RefusedAnswerException refused => refused.Message,
        TimeoutRejectedException timeout when timeout.Timeout >= options.TotalTimeout =>
            $"no answer within SpaceXApi:TotalTimeout ({Seconds(options.TotalTimeout)}), retries included",
        TimeoutRejectedException or TaskCanceledException =>
            $"no answer within SpaceXApi:AttemptTimeout ({Seconds(options.AttemptTimeout)}), after {options.MaxRetries} retries",
        HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } =>
            $"DNS lookup of {new Uri(options.BaseUrl).Host} failed, after {options.MaxRetries} retries",
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } connection =>
            $"cannot connect ({OneLine(connection.InnerException?.Message ?? connection.Message)}), after {options.MaxRetries} retries",
        HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } tls => $"TLS handshake failed ({OneLine(tls.Message)})",
        HttpRequestException { StatusCode: HttpStatusCode status } => $"HTTP {(int)status} ({status})",
        HttpRequestException http => $"cannot read the answer ({OneLine(http.InnerException?.Message ?? http.Message)})",
        ApiException api => $"HTTP {(int)api.StatusCode} ({api.StatusCode}): {OneLine(api.Message)}",
        JsonException json => $"the body is not valid JSON ({OneLine(json.Message)})",
        _ => null,
    };

    private static string Seconds(TimeSpan span) => $"{span.TotalSeconds:0.#} s";

    public static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
