using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SpaceX.Host.Common;

namespace SpaceX.Host.Serve;

/// <summary>
/// A request that fails is answered in words and logged with its cause: 503 when the database gives no connection
/// (unreachable, out of connections, the budget in use), which a client may retry; 500 otherwise.
/// </summary>
public static class ServeErrors
{
    public static void Use(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ServeErrors));
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception e) when (!context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted)
            {
                var reason = ErrorReporter.Describe(e).Message;
                if (ErrorReporter.IsDatabaseUnavailable(e))
                {
                    logger.LogWarning("{Method} {Path}: 503, the database is unavailable: {Reason}", context.Request.Method, context.Request.Path, reason);
                    await AnswerAsync(context, StatusCodes.Status503ServiceUnavailable, $"database unavailable: {reason}");
                }
                else
                {
                    logger.LogError(e, "{Method} {Path}: 500: {Reason}", context.Request.Method, context.Request.Path, reason);
                    await AnswerAsync(context, StatusCodes.Status500InternalServerError, $"error: {reason}");
                }
            }
        });
    }

    private static Task AnswerAsync(HttpContext context, int statusCode, string message)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message + "\n");
    }
}
