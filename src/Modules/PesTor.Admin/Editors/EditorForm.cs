namespace PesTor.Admin.Editors;

/// <summary>What the shared editor form renders: the editors, their views, errors no editor shows, and the save options.</summary>
public sealed record EditorForm(IReadOnlyList<EditorModel> Editors, IReadOnlyDictionary<string, string> Views)
{
    /// <summary>Errors that belong to no single editor (already in the UI language).</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>The version the form was loaded from; a save based on an older one is refused.</summary>
    public string? ConcurrencyStamp { get; init; }

    public bool CanPublish { get; init; }
}
