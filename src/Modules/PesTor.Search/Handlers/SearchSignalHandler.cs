using PesTor.Data;
using PesTor.Handlers;
using PesTor.Search.Services;

namespace PesTor.Search.Handlers;

/// <summary>
/// Wakes this node's indexer once a content change has committed (its outbox row is then visible), so local edits reach
/// search within a moment instead of at the next poll.
/// </summary>
internal sealed class SearchSignalHandler(IUnitOfWork unitOfWork, SearchIndexer indexer) : ContentHandlerBase
{
    public override Task PublishedAsync(PublishContentContext context) => SignalAfterCommit();

    public override Task UnpublishedAsync(PublishContentContext context) => SignalAfterCommit();

    public override Task RemovedAsync(RemoveContentContext context) => SignalAfterCommit();

    public override Task UpdatedAsync(UpdateContentContext context) => SignalAfterCommit();

    public override Task CreatedAsync(CreateContentContext context) => SignalAfterCommit();

    private Task SignalAfterCommit()
    {
        unitOfWork.AfterCommit(_ =>
        {
            indexer.Signal();
            return Task.CompletedTask;
        });
        return Task.CompletedTask;
    }
}
