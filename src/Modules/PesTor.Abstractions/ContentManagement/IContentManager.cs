namespace PesTor.ContentManagement;

/// <summary>
/// The one write path, with Orchard's version semantics. Every call is checked against the caller's permissions
/// (see <see cref="Security.ICallerAccessor"/>): reads of items the caller may not see return null, writes throw
/// <see cref="Security.ContentAccessDeniedException"/>. Invalid values throw <see cref="ContentValidationException"/>
/// and store nothing; a stale <see cref="ContentItem.ConcurrencyStamp"/> throws <see cref="ContentConcurrencyException"/>.
/// </summary>
public interface IContentManager
{
    /// <summary>A new, unsaved item of the type with fresh ids.</summary>
    Task<ContentItem> NewAsync(string contentType, CancellationToken cancellationToken = default);

    /// <summary>Stores a new item as a draft or published.</summary>
    Task CreateAsync(ContentItem item, bool publish, CancellationToken cancellationToken = default);

    Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default);

    /// <summary>Loads many items in one round trip, in the order asked; missing or hidden ones are left out.</summary>
    Task<IReadOnlyList<ContentItem>> GetManyAsync(IEnumerable<string> contentItemIds, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default);

    Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default);

    /// <summary>All versions of an item, oldest first.</summary>
    Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Saves changes made to a loaded version (typically one from <see cref="VersionOptions.DraftRequired"/>).</summary>
    Task UpdateAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>Publishes this version; the previously published version stops being published. False if a handler cancelled.</summary>
    Task<bool> PublishAsync(ContentItem item, CancellationToken cancellationToken = default);

    Task UnpublishAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>Throws away the draft; the published version becomes the latest again.</summary>
    Task DiscardDraftAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>Soft remove: no version stays latest or published; history is kept.</summary>
    Task RemoveAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>Makes an old version's content the new latest draft (and publishes it when asked).</summary>
    Task<ContentItem> RestoreAsync(string contentItemVersionId, bool publish, CancellationToken cancellationToken = default);

    /// <summary>Checks values against the definition without storing anything.</summary>
    Task<ContentValidationResult> ValidateAsync(ContentItem item, CancellationToken cancellationToken = default);
}
