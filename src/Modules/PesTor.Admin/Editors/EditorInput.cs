namespace PesTor.Admin.Editors;

/// <summary>One labelled input of an editor, for the shared input partial: which key, its label, the input type and hints.</summary>
public sealed record EditorInput(EditorModel Editor, string Key, string Label)
{
    public string Type { get; init; } = "text";

    public string? InputMode { get; init; }

    public string? Autocomplete { get; init; }

    public bool Required { get; init; }

    public string? Hint { get; init; }
}
