using FluentValidation;
using FluentValidation.Results;
using Mediator;

namespace SpaceX.Application.Runs.GetRun;

public sealed class GetRunHandler(IRunHistoryReader reader) : IQueryHandler<GetRunQuery, RunDetails>
{
    public async ValueTask<RunDetails> Handle(GetRunQuery query, CancellationToken cancellationToken)
    {
        var run = await reader.FindRunAsync(query.RunId, cancellationToken)
            ?? throw new ValidationException([new ValidationFailure(nameof(query.RunId), $"no run has the id {query.RunId}")]);
        return new RunDetails(run, await reader.ListQuarantineAsync(query.RunId, int.MaxValue, cancellationToken));
    }
}
