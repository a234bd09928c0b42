using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PesTor.Search.Models;
using PesTor.Setup;

namespace PesTor.Search.Services;

/// <summary>
/// Keeps this node's indexes caught up: once the site runs, replays the outbox whenever a local change signals and at
/// least every poll interval (changes made on other nodes only arrive by polling). A failed batch was rolled back; it is
/// retried on the next round, and the error stays on the status page until a batch succeeds.
/// </summary>
internal sealed class SearchIndexingService(SearchIndexer indexer, ISiteShell shell, IOptions<SearchOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IndexInBackground)
        {
            return;
        }

        var poll = options.Value.PollInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (shell.State == SiteState.Running)
            {
                try
                {
                    await indexer.CatchUpAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // Logged and kept for the status page by the indexer; wait a whole poll interval before trying again.
                    await Task.Delay(poll, stoppingToken);
                    continue;
                }
            }

            await indexer.WaitForSignalAsync(poll, stoppingToken);
        }
    }
}
