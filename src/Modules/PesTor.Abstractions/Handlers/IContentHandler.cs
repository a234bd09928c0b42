namespace PesTor.Handlers;

/// <summary>
/// Content events, Orchard's order: "-ing" handlers run in registration order, "-ed" handlers in reverse.
/// Handlers run inside the write's transaction; work that must wait for the commit goes through the outbox
/// or <see cref="Data.IUnitOfWork.AfterCommit"/>.
/// </summary>
public interface IContentHandler
{
    Task CreatingAsync(CreateContentContext context);

    Task CreatedAsync(CreateContentContext context);

    Task UpdatingAsync(UpdateContentContext context);

    Task UpdatedAsync(UpdateContentContext context);

    Task VersioningAsync(VersionContentContext context);

    Task VersionedAsync(VersionContentContext context);

    Task PublishingAsync(PublishContentContext context);

    Task PublishedAsync(PublishContentContext context);

    Task UnpublishingAsync(PublishContentContext context);

    Task UnpublishedAsync(PublishContentContext context);

    Task RemovingAsync(RemoveContentContext context);

    Task RemovedAsync(RemoveContentContext context);

    Task ValidatingAsync(ValidateContentContext context);
}
