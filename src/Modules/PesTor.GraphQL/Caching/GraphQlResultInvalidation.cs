using PesTor.ContentManagement;
using PesTor.Data;
using PesTor.Handlers;

namespace PesTor.GraphQL.Caching;

/// <summary>
/// Tells <see cref="ContentChangeClock"/> about every content change on this node once it is committed (never for a
/// rolled-back one): creates, updates (drafts too: read-drafts clients see them), publishes, unpublishes, removals and
/// bulk imports. Counting before the commit would let a request cache the old content under the new count.
/// </summary>
internal sealed class GraphQlResultInvalidation(ContentChangeClock changes, IUnitOfWork unitOfWork) : ContentHandlerBase, IContentImportHandler
{
    public override Task CreatedAsync(CreateContentContext context) => Changed();

    public override Task UpdatedAsync(UpdateContentContext context) => Changed();

    public override Task PublishedAsync(PublishContentContext context) => Changed();

    public override Task UnpublishedAsync(PublishContentContext context) => Changed();

    public override Task RemovedAsync(RemoveContentContext context) => Changed();

    public Task ImportedAsync(ImportedContentContext context) => Changed();

    private Task Changed()
    {
        unitOfWork.AfterCommit(_ =>
        {
            changes.Changed();
            return Task.CompletedTask;
        });
        return Task.CompletedTask;
    }
}
