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
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = ((int)server.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await context.Response.WriteAsJsonAsync(new { error = "Too Many Requests" });
                break;
            case FaultKind.ServerError:
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                await context.Response.WriteAsJsonAsync(new { error = "Internal Server Error" });
                break;
            case FaultKind.Forbidden:
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(ChallengePage);
                break;
            case FaultKind.Truncated:
                await WriteTruncatedAsync(context);
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

    private async Task WriteTruncatedAsync(HttpContext context)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        await next(context);
        context.Response.Body = original;
        context.Response.ContentLength = buffer.Length;
        await original.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length / 2));
        await original.FlushAsync();
        context.Abort();
    }
}
