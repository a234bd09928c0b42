namespace PesTor.ContentManagement;

/// <summary>The version was changed by someone else since it was read; nothing was overwritten.</summary>
public sealed class ContentConcurrencyException(string contentItemId)
    : Exception($"Content item '{contentItemId}' was changed by someone else. Reload it and apply your changes again.")
{
    public string ContentItemId { get; } = contentItemId;
}
