using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PesTor.ContentManagement;
using PesTor.Contents.Handlers;
using PesTor.Data;
using PesTor.Handlers;
using PesTor.Indexing;
using PesTor.Security;

namespace PesTor.Contents.Services;

/// <summary>
/// Orchard's version semantics over <see cref="IContentStore"/>, with the caller's permissions checked on every call.
/// Each write is one transaction: flags are changed in an order that never breaks the database's "one latest, one
/// published" rule, and the outbox rows written by handlers commit or roll back with it.
/// </summary>
internal sealed partial class ContentManager(
    IContentStore store,
    IServiceProvider services,
    IContentAuthorizer authorizer,
    ICallerAccessor callers,
    TimeProvider clock,
    ILogger<ContentManager> logger) : IContentManager
{
    // What only writes need is resolved on first use: every handler of every module (and their own dependencies) would
    // otherwise be built for each request that merely reads an item.
    private IUnitOfWork UnitOfWork => field ??= services.GetRequiredService<IUnitOfWork>();

    private ContentItemProcessor Processor => field ??= services.GetRequiredService<ContentItemProcessor>();

    private ContentEventRunner Events => field ??= services.GetRequiredService<ContentEventRunner>();

    public async Task<ContentItem> NewAsync(string contentType, CancellationToken cancellationToken = default)
    {
        await Processor.GetTypeAsync(contentType, cancellationToken);
        return new ContentItem
        {
            ContentItemId = ContentIds.New(),
            ContentItemVersionId = ContentIds.New(),
            ContentType = contentType,
        };
    }

    public async Task CreateAsync(ContentItem item, bool publish, CancellationToken cancellationToken = default)
    {
        await Processor.GetTypeAsync(item.ContentType, cancellationToken);
        var caller = callers.Caller;
        item.Owner ??= UserId(caller);
        item.Author ??= caller.Identity?.Name;
        await DemandAsync(ContentAction.Edit, item, cancellationToken);
        if (publish)
        {
            await DemandAsync(ContentAction.Publish, item, cancellationToken);
        }

        item.ContentItemId = string.IsNullOrEmpty(item.ContentItemId) ? ContentIds.New() : item.ContentItemId;
        item.ContentItemVersionId = string.IsNullOrEmpty(item.ContentItemVersionId) ? ContentIds.New() : item.ContentItemVersionId;
        var now = Now();
        item.Id = 0;
        item.CreatedUtc ??= now;
        item.ModifiedUtc = now;
        item.Latest = true;
        item.Published = false;

        await using var transaction = await UnitOfWork.BeginAsync(cancellationToken);
        if (await store.GetVersionsAsync(item.ContentItemId, cancellationToken) is { Count: > 0 })
        {
            throw new ContentValidationException([new ContentValidationError("ContentItemId", $"Content item '{item.ContentItemId}' already exists.")]);
        }

        var context = new CreateContentContext(item) { IsImporting = callers.IsImporting };
        await Events.BeforeAsync(h => h.CreatingAsync(context));
        var rows = await ValidatedRowsAsync(item, cancellationToken);
        await store.SaveAsync(item, rows, cancellationToken);
        await Events.AfterAsync(h => h.CreatedAsync(context));
        if (publish)
        {
            await PublishLatestAsync(item, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        LogCreated(logger, item.ContentType, item.ContentItemId, publish);
    }

    public async Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default)
    {
        var item = options == VersionOptions.Published
            ? await store.GetPublishedAsync(contentItemId, cancellationToken)
            : await store.GetLatestAsync(contentItemId, cancellationToken);
        if (item is null || (options == VersionOptions.Draft && item.Published) || !await MayReadAsync(item, cancellationToken))
        {
            return null;
        }

        if (options == VersionOptions.DraftRequired)
        {
            if (!await authorizer.IsAllowedAsync(callers.Caller, ContentAction.Edit, item, cancellationToken))
            {
                return null;
            }

            var type = await Processor.GetTypeAsync(item.ContentType, cancellationToken);
            if (item.Published && (type.Settings.Draftable || type.Settings.Versionable))
            {
                return NewVersionOf(item, item.Content);
            }
        }

        return item;
    }

    public async Task<IReadOnlyList<ContentItem>> GetManyAsync(IEnumerable<string> contentItemIds, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default)
    {
        var ids = contentItemIds.Distinct(StringComparer.Ordinal).ToList();
        var items = await store.GetManyAsync(ids, options == VersionOptions.Published, cancellationToken);
        var byId = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if ((options != VersionOptions.Draft || !item.Published) && await MayReadAsync(item, cancellationToken))
            {
                byId[item.ContentItemId] = item;
            }
        }

        return [.. ids.Where(byId.ContainsKey).Select(id => byId[id])];
    }

    public async Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default)
    {
        var item = await store.GetVersionAsync(contentItemVersionId, cancellationToken);
        return item is not null && await authorizer.IsAllowedAsync(callers.Caller, ContentAction.Edit, item, cancellationToken) ? item : null;
    }

    public async Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var versions = await store.GetVersionsAsync(contentItemId, cancellationToken);
        return versions.Count > 0 && await authorizer.IsAllowedAsync(callers.Caller, ContentAction.Edit, versions[^1], cancellationToken) ? versions : [];
    }

    public async Task UpdateAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        await using var transaction = await UnitOfWork.BeginAsync(cancellationToken);
        var latest = await store.GetLatestAsync(item.ContentItemId, cancellationToken) ?? throw new ContentConcurrencyException(item.ContentItemId);
        await DemandAsync(ContentAction.Edit, latest, cancellationToken);

        // Ownership and creation are facts of the stored item, not of what a caller posts.
        item.Owner = latest.Owner;
        item.CreatedUtc = latest.CreatedUtc;
        item.ContentType = latest.ContentType;
        item.ModifiedUtc = Now();
        item.Latest = true;
        var context = new UpdateContentContext(item) { IsImporting = callers.IsImporting };

        if (item.Id == 0)
        {
            // A new version (from DraftRequired or a restore) must be based on the latest version as it is now.
            if (latest.ConcurrencyStamp != item.ConcurrencyStamp)
            {
                throw new ContentConcurrencyException(item.ContentItemId);
            }

            item.Published = false;
            item.PublishedUtc = null;
            await Events.BeforeAsync(h => h.UpdatingAsync(context));
            var rows = await ValidatedRowsAsync(item, cancellationToken);
            latest.Latest = false;
            await store.SaveAsync(latest, null, cancellationToken);
            await store.SaveAsync(item, rows, cancellationToken);
        }
        else if (item.Id == latest.Id)
        {
            item.Published = latest.Published;
            item.PublishedUtc = latest.PublishedUtc;
            await Events.BeforeAsync(h => h.UpdatingAsync(context));
            var rows = await ValidatedRowsAsync(item, cancellationToken);
            await store.SaveAsync(item, rows, cancellationToken);
        }
        else
        {
            throw new ContentValidationException([new ContentValidationError("ContentItemVersionId", "Only the latest version can be changed; restore an older version instead.")]);
        }

        await Events.AfterAsync(h => h.UpdatedAsync(context));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<bool> PublishAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        await using var transaction = await UnitOfWork.BeginAsync(cancellationToken);
        if (item.Id == 0)
        {
            await UpdateAsync(item, cancellationToken);
        }

        var latest = await store.GetLatestAsync(item.ContentItemId, cancellationToken) ?? throw new ContentConcurrencyException(item.ContentItemId);
        await DemandAsync(ContentAction.Publish, latest, cancellationToken);
        if (latest.Id != item.Id || latest.ConcurrencyStamp != item.ConcurrencyStamp)
        {
            throw new ContentConcurrencyException(item.ContentItemId);
        }

        var published = latest.Published || await PublishLatestAsync(latest, cancellationToken);
        CopyState(latest, item);
        await transaction.CommitAsync(cancellationToken);
        return published;
    }

    public async Task UnpublishAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        await using var transaction = await UnitOfWork.BeginAsync(cancellationToken);
        var published = await store.GetPublishedAsync(item.ContentItemId, cancellationToken);
        if (published is null)
        {
            return;
        }

        await DemandAsync(ContentAction.Publish, published, cancellationToken);
        var context = new PublishContentContext(published, published) { IsImporting = callers.IsImporting };
        await Events.BeforeAsync(h => h.UnpublishingAsync(context));
        published.Published = false;
        await store.SaveAsync(published, null, cancellationToken);
        await Events.AfterAsync(h => h.UnpublishedAsync(context));
        if (published.Id == item.Id)
        {
            CopyState(published, item);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task DiscardDraftAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        await using var transaction = await UnitOfWork.BeginAsync(cancellationToken);
        var latest = await store.GetLatestAsync(item.ContentItemId, cancellationToken) ?? throw new ContentConcurrencyException(item.ContentItemId);
        await DemandAsync(ContentAction.Edit, latest, cancellationToken);
        var published = await store.GetPublishedAsync(item.ContentItemId, cancellationToken);
        if (latest.Published || published is null)
        {
            throw new ContentValidationException([new ContentValidationError("ContentItemId", latest.Published
                ? "There is no draft to discard."
                : "The item has never been published, so discarding its draft would remove it; delete it instead.")]);
        }

        latest.Latest = false;
        await store.SaveAsync(latest, null, cancellationToken);
        published.Latest = true;
        await store.SaveAsync(published, null, cancellationToken);
        var context = new UpdateContentContext(published) { IsImporting = callers.IsImporting };
        await Events.AfterAsync(h => h.UpdatedAsync(context));
        CopyState(published, item);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RemoveAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        await using var transaction = await UnitOfWork.BeginAsync(cancellationToken);
        var latest = await store.GetLatestAsync(item.ContentItemId, cancellationToken);
        var published = await store.GetPublishedAsync(item.ContentItemId, cancellationToken);
        var subject = latest ?? published;
        if (subject is null)
        {
            return;
        }

        await DemandAsync(ContentAction.Delete, subject, cancellationToken);
        var context = new RemoveContentContext(subject) { IsImporting = callers.IsImporting };
        await Events.BeforeAsync(h => h.RemovingAsync(context));
        foreach (var version in new[] { published, latest }.OfType<ContentItem>().DistinctBy(v => v.Id))
        {
            version.Latest = false;
            version.Published = false;
            await store.SaveAsync(version, null, cancellationToken);
        }

        await Events.AfterAsync(h => h.RemovedAsync(context));
        await transaction.CommitAsync(cancellationToken);
        item.Latest = false;
        item.Published = false;
        LogRemoved(logger, subject.ContentType, subject.ContentItemId);
    }

    public async Task<ContentItem> RestoreAsync(string contentItemVersionId, bool publish, CancellationToken cancellationToken = default)
    {
        var version = await store.GetVersionAsync(contentItemVersionId, cancellationToken)
            ?? throw new ContentValidationException([new ContentValidationError("ContentItemVersionId", $"Version '{contentItemVersionId}' does not exist.")]);
        await DemandAsync(ContentAction.Edit, version, cancellationToken);

        await using var transaction = await UnitOfWork.BeginAsync(cancellationToken);
        var latest = await store.GetLatestAsync(version.ContentItemId, cancellationToken);
        var restored = NewVersionOf(latest ?? version, (JsonObject)version.Content.DeepClone());
        if (latest is null)
        {
            // The item was removed: the restored version becomes its latest again.
            restored.Latest = true;
            restored.Published = false;
            restored.ModifiedUtc = Now();
            var rows = await ValidatedRowsAsync(restored, cancellationToken);
            await store.SaveAsync(restored, rows, cancellationToken);
            var context = new UpdateContentContext(restored) { IsImporting = callers.IsImporting };
            await Events.AfterAsync(h => h.UpdatedAsync(context));
        }
        else
        {
            await UpdateAsync(restored, cancellationToken);
        }

        if (publish)
        {
            await PublishAsync(restored, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return restored;
    }

    public async Task<ContentValidationResult> ValidateAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        var validation = await Processor.ValidateAsync(item, cancellationToken);
        var context = new ValidateContentContext(item);
        await Events.BeforeAsync(h => h.ValidatingAsync(context));
        foreach (var error in context.Result.Errors)
        {
            validation.Fail(error.Path, error.Message);
        }

        return validation;
    }

    /// <summary>
    /// Every save runs the same checks as <see cref="ValidateAsync"/> — the definition's and the handlers' — before a version
    /// is written, so a rule a module adds in <c>ValidatingAsync</c> holds for the admin, the API and GraphQL alike.
    /// </summary>
    private async Task<IReadOnlyList<FieldIndexRow>> ValidatedRowsAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var validation = await ValidateAsync(item, cancellationToken);
        if (!validation.Succeeded)
        {
            throw new ContentValidationException(validation.Errors);
        }

        return await Processor.IndexAsync(item, cancellationToken);
    }

    /// <summary>Publishes the stored latest version (the caller holds the transaction). False when a handler cancels.</summary>
    private async Task<bool> PublishLatestAsync(ContentItem latest, CancellationToken cancellationToken)
    {
        var previous = await store.GetPublishedAsync(latest.ContentItemId, cancellationToken);
        var context = new PublishContentContext(latest, previous) { IsImporting = callers.IsImporting };
        await Events.BeforeAsync(h => h.PublishingAsync(context));
        if (context.Cancel)
        {
            return false;
        }

        // Unpublish the old version first: the database allows one published row per item at any moment.
        if (previous is not null)
        {
            previous.Published = false;
            await store.SaveAsync(previous, null, cancellationToken);
        }

        latest.Published = true;
        latest.PublishedUtc = Now();
        await store.SaveAsync(latest, null, cancellationToken);
        await Events.AfterAsync(h => h.PublishedAsync(context));
        return true;
    }

    private async Task<bool> MayReadAsync(ContentItem item, CancellationToken cancellationToken) =>
        await authorizer.IsAllowedAsync(callers.Caller, item.Published ? ContentAction.View : ContentAction.Edit, item, cancellationToken);

    private async Task DemandAsync(ContentAction action, ContentItem item, CancellationToken cancellationToken)
    {
        if (!await authorizer.IsAllowedAsync(callers.Caller, action, item, cancellationToken))
        {
            throw new ContentAccessDeniedException($"You may not {action.ToString().ToLowerInvariant()} this {item.ContentType}.");
        }
    }

    private ContentItem NewVersionOf(ContentItem basedOn, JsonObject content) => new()
    {
        ContentItemId = basedOn.ContentItemId,
        ContentItemVersionId = ContentIds.New(),
        ContentType = basedOn.ContentType,
        DisplayText = basedOn.DisplayText,
        Owner = basedOn.Owner,
        Author = callers.Caller.Identity?.Name ?? basedOn.Author,
        CreatedUtc = basedOn.CreatedUtc,
        ConcurrencyStamp = basedOn.ConcurrencyStamp,
        Content = ReferenceEquals(content, basedOn.Content) ? (JsonObject)content.DeepClone() : content,
    };

    private static void CopyState(ContentItem from, ContentItem to)
    {
        to.Id = from.Id;
        to.Latest = from.Latest;
        to.Published = from.Published;
        to.PublishedUtc = from.PublishedUtc;
        to.ConcurrencyStamp = from.ConcurrencyStamp;
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private static string? UserId(ClaimsPrincipal user) => Security.OwnerIsCaller.UserId(user);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created {ContentType} {ContentItemId} (published: {Published}).")]
    private static partial void LogCreated(ILogger logger, string contentType, string contentItemId, bool published);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {ContentType} {ContentItemId}.")]
    private static partial void LogRemoved(ILogger logger, string contentType, string contentItemId);
}
