using System.CommandLine;
using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog.Extensions.Logging;
using SpaceX.Application.Ingestion;
using SpaceX.Host.Composition;

namespace SpaceX.Host.Cli;

/// <summary>What one invocation of a verb works with: configuration, logging and, once asked for, the services.</summary>
public sealed class CliSession : IAsyncDisposable
{
    private readonly Serilog.Core.Logger _logger;
    private readonly IRunProgress? _progress;
    private ServiceProvider? _services;

    private CliSession(IConfiguration configuration, Serilog.Core.Logger logger, IRunProgress? progress, bool jsonLogs)
    {
        Configuration = configuration;
        JsonLogs = jsonLogs;
        _logger = logger;
        _progress = progress;
        LoggerFactory = new SerilogLoggerFactory(logger);
    }

    public IConfiguration Configuration { get; }

    /// <summary>The logs are JSON lines (<c>--log-format json</c>): stderr carries nothing else, and stdout no table for people.</summary>
    public bool JsonLogs { get; }
    public ILoggerFactory LoggerFactory { get; }

    /// <param name="runProgress">The verb runs the pipeline and prints for people: a terminal shows the runs' progress live.</param>
    public static CliSession Open(ParseResult parseResult, IReadOnlyDictionary<string, string?>? flags = null, bool runProgress = false)
    {
        var settings = new Dictionary<string, string?>(flags ?? new Dictionary<string, string?>())
        {
            [$"ConnectionStrings:{AppConfiguration.ConnectionStringName}"] = parseResult.GetValue(GlobalOptions.Database),
        };
        var configuration = AppConfiguration.Build(settings);
        CompositionRoot.CheckSettings(configuration); // a bad setting stops the verb before it starts anything
        var detail = parseResult.GetValue(GlobalOptions.Verbose) ? LogDetail.Verbose
            : parseResult.GetValue(GlobalOptions.Quiet) ? LogDetail.Quiet
            : LogDetail.Normal;
        var logFormat = parseResult.GetValue(GlobalOptions.LogFormat);
        var jsonLogs = Logging.IsJson(logFormat, configuration);
        var progress = runProgress && TerminalProgress.Wanted(detail == LogDetail.Quiet, jsonLogs) ? TerminalProgress.OnStandardError() : null;
        return new CliSession(configuration, Logging.Create(configuration, detail, logFormat, progress?.LogWriter), progress, jsonLogs);
    }

    /// <summary>Registers the pipeline's services in a container of another host (<c>serve</c>'s web host).</summary>
    public void AddPipeline(IServiceCollection services) => services.AddPipeline(Configuration, _logger, ResolveConnectionStringAsync, _progress);

    /// <summary>Sends one message through the mediator, in a DI scope of its own.</summary>
    public async Task<TResponse> SendAsync<TResponse>(
        Func<IMediator, CancellationToken, ValueTask<TResponse>> send, CancellationToken cancellationToken)
    {
        _services ??= CompositionRoot.Build(Configuration, _logger, ResolveConnectionStringAsync, _progress);
        await using var scope = _services.CreateAsyncScope();
        return await send(scope.ServiceProvider.GetRequiredService<IMediator>(), cancellationToken);
    }

    private Task<string> ResolveConnectionStringAsync(CancellationToken cancellationToken) =>
        CompositionRoot.ResolveConnectionStringAsync(Configuration, LoggerFactory, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        LoggerFactory.Dispose();
        await _logger.DisposeAsync();
    }
}
