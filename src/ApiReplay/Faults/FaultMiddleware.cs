using Microsoft.AspNetCore.Http;

namespace SpaceX.ApiReplay.Faults;

/// <summary>Counts and logs every request, adds the configured latency, and injects the planned faults.</summary>
internal sealed class FaultMiddleware(RequestDelegate next, ReplayServer server)
{
    private const string ChallengePage =
        "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><h1>Checking your browser</h1></body></html>";

    public async Task InvokeAsync(HttpContext context)
    {
        var number = server.CountRequest();
        if (server.Latency > TimeSpan.Zero)
        {
            await Task.Delay(server.Latency, context.RequestAborted);
        }

        var fault = server.Faults.Next(context.Request.Path);
        switch (fault)
        {
            case FaultKind.TooManyRequests:
                context.Response.Headers.RetryAfter = ((int)server.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await ApiRoutes.Error(StatusCodes.Status429TooManyRequests, "Too Many Requests").ExecuteAsync(context);
                break;
            case FaultKind.ServerError:
                await ApiRoutes.Error(StatusCodes.Status500InternalServerError, "Internal Server Error").ExecuteAsync(context);
                break;
            case FaultKind.Forbidden:
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(ChallengePage);
                break;
            case FaultKind.Truncated:
                var whole = await AnswerAsync(context);
                context.Response.ContentLength = whole.Length;
                await context.Response.Body.WriteAsync(whole.AsMemory(0, whole.Length / 2));
                await context.Response.Body.FlushAsync();
                context.Abort();
                break;
            case FaultKind.InvalidUtf8:
                await WriteAsync(context, Corrupt(await AnswerAsync(context)));
                break;
            case FaultKind.DuplicateKey:
                await WriteAsync(context, RepeatName(await AnswerAsync(context)));
                break;
            case FaultKind.Slow:
                await Task.Delay(server.SlowDelay, context.RequestAborted);
                await next(context);
                break;
            case FaultKind.IgnoreBody:
                context.Request.Body = new MemoryStream("{}"u8.ToArray());
                context.Request.ContentLength = 2;
                await next(context);
                break;
            default:
                await next(context);
                break;
        }

        server.Log(number, context.Request.Method, context.Request.Path + context.Request.QueryString, context.Response.StatusCode, fault);
    }

    /// <summary>The answer the replay would give, held back to be changed; the response's body is the client's again.</summary>
    private async Task<byte[]> AnswerAsync(HttpContext context)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        await next(context);
        context.Response.Body = original;
        return buffer.ToArray();
    }

    private static async Task WriteAsync(HttpContext context, byte[] body)
    {
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body);
    }

    private static readonly byte[] NameKey = "\"name\":"u8.ToArray();

    /// <summary>The first character of the first name becomes 0xFF, a byte no UTF-8 text holds.</summary>
    private static byte[] Corrupt(byte[] body)
    {
        var at = body.AsSpan().IndexOf(NameKey);
        if (at >= 0)
        {
            body[at + NameKey.Length + 1] = 0xFF; // after the value's opening quote
        }

        return body;
    }

    /// <summary>The first <c>"name":</c> preceded by another one: <c>{"name":"(repeated)","name":"FalconSat",...}</c>.</summary>
    private static byte[] RepeatName(byte[] body)
    {
        var at = body.AsSpan().IndexOf(NameKey);
        return at < 0 ? body : [.. body.AsSpan(0, at), .. "\"name\":\"(repeated)\","u8, .. body.AsSpan(at)];
    }
}
