using PesTor.Queries;

namespace PesTor.Bench.Scenarios;

/// <summary>One content query to measure: a list (<see cref="IContentQueryService.ListAsync"/>) or a count.</summary>
internal sealed record Scenario(string Name, ContentQuery Query, bool IsCount)
{
    /// <summary>Runs the scenario once and returns the number of items listed or counted.</summary>
    public async Task<int> RunAsync(IContentQueryService queries, CancellationToken cancellationToken) =>
        IsCount ? await queries.CountAsync(Query, cancellationToken) : (await queries.ListAsync(Query, cancellationToken: cancellationToken)).Items.Count;
}
