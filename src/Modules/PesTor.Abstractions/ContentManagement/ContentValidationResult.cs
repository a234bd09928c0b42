namespace PesTor.ContentManagement;

/// <summary>A problem with one value, located by path ("Entity.Nip", "TitlePart.Title").</summary>
public sealed record ContentValidationError(string Path, string Message);

public sealed class ContentValidationResult
{
    private readonly List<ContentValidationError> _errors = [];

    public IReadOnlyList<ContentValidationError> Errors => _errors;

    public bool Succeeded => _errors.Count == 0;

    public void Fail(string path, string message) => _errors.Add(new ContentValidationError(path, message));

    public static ContentValidationResult Success { get; } = new();
}
