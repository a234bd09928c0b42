namespace PesTor.ContentManagement;

/// <summary>Thrown when a write carries invalid values; nothing was stored. Surfaces show <see cref="Errors"/> per field.</summary>
public sealed class ContentValidationException(IReadOnlyList<ContentValidationError> errors)
    : Exception("The content item is not valid: " + string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}")))
{
    public IReadOnlyList<ContentValidationError> Errors { get; } = errors;
}
