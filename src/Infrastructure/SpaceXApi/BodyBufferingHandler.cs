using System.Globalization;
using System.Text.Unicode;
using Microsoft.Extensions.Options;

namespace SpaceX.Infrastructure.SpaceXApi;

/// <summary>
/// Reads the whole body inside the retry loop (into pooled memory, see <see cref="PooledAnswerContent"/>), up to
/// <see cref="SpaceXApiOptions.MaxResponseBytes"/>, and checks that it is UTF-8 text. Without it the body is read after
/// the resilience handler has returned, and a connection dropped halfway through the body could not be retried. An
/// answer too large or not text is a <see cref="RefusedAnswerException"/>, which is not retried: asking again gets the
/// same answer.
/// </summary>
public sealed class BodyBufferingHandler(IOptions<SpaceXApiOptions> options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxResponseBytes;
        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            var announced = response.Content.Headers.ContentLength;
            if (announced > limit)
            {
                throw TooLarge(limit, $"it announces {Size(announced.Value)}");
            }

            var body = await ReadAsync(response.Content, announced, limit, cancellationToken) ?? throw TooLarge(limit, "it went on past that");
            foreach (var header in response.Content.Headers.NonValidated)
            {
                body.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content.Dispose();
            response.Content = body;
            if (!Utf8.IsValid(body.Bytes))
            {
                throw new RefusedAnswerException(
                    $"the answer is not UTF-8 text: byte {FirstInvalidByte(body.Bytes).ToString("N0", CultureInfo.InvariantCulture)} of " +
                    $"{body.Bytes.Length.ToString("N0", CultureInfo.InvariantCulture)} begins no character");
            }
        }
        catch
        {
            response.Dispose();
            throw;
        }

        return response;
    }

    /// <summary>
    /// A connection dropped or closed halfway through the body surfaces as an <see cref="IOException"/>, which the retry
    /// does not handle; as an <see cref="HttpRequestException"/>, as the client's own buffering would throw it, it is retried.
    /// </summary>
    private static async Task<PooledAnswerContent?> ReadAsync(HttpContent content, long? announced, long limit, CancellationToken cancellationToken)
    {
        try
        {
            return await PooledAnswerContent.ReadAsync(await content.ReadAsStreamAsync(cancellationToken), announced, limit, cancellationToken);
        }
        catch (IOException e)
        {
            throw new HttpRequestException(HttpRequestError.ResponseEnded, e.Message, e);
        }
    }

    private static RefusedAnswerException TooLarge(long limit, string what) =>
        new($"the answer is larger than SpaceXApi:MaxResponseBytes ({Size(limit)}): {what}; lower SpaceXApi:PageSize, or raise the limit");

    private static string Size(long bytes) => bytes >= 1_048_576
        ? $"{(bytes / 1_048_576.0).ToString("0.#", CultureInfo.InvariantCulture)} MB"
        : $"{(bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture)} KB";

    private static int FirstInvalidByte(ReadOnlySpan<byte> body)
    {
        var utf16 = new char[body.Length];
        Utf8.ToUtf16(body, utf16, out var read, out _, replaceInvalidSequences: false);
        return read;
    }
}

/// <summary>An answer the client will not read: larger than the limit, or not text. Asking again would give the same.</summary>
public sealed class RefusedAnswerException(string message) : Exception(message);
