namespace PesTor.Handlers;

/// <summary>Implement only the events you need.</summary>
public abstract class ContentHandlerBase : IContentHandler
{
    public virtual Task CreatingAsync(CreateContentContext context) => Task.CompletedTask;

    public virtual Task CreatedAsync(CreateContentContext context) => Task.CompletedTask;

    public virtual Task UpdatingAsync(UpdateContentContext context) => Task.CompletedTask;

    public virtual Task UpdatedAsync(UpdateContentContext context) => Task.CompletedTask;

    public virtual Task VersioningAsync(VersionContentContext context) => Task.CompletedTask;

    public virtual Task VersionedAsync(VersionContentContext context) => Task.CompletedTask;

    public virtual Task PublishingAsync(PublishContentContext context) => Task.CompletedTask;

    public virtual Task PublishedAsync(PublishContentContext context) => Task.CompletedTask;

    public virtual Task UnpublishingAsync(PublishContentContext context) => Task.CompletedTask;

    public virtual Task UnpublishedAsync(PublishContentContext context) => Task.CompletedTask;

    public virtual Task RemovingAsync(RemoveContentContext context) => Task.CompletedTask;

    public virtual Task RemovedAsync(RemoveContentContext context) => Task.CompletedTask;

    public virtual Task ValidatingAsync(ValidateContentContext context) => Task.CompletedTask;
}
