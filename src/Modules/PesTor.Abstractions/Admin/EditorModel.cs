using System.Text.Json.Nodes;

namespace PesTor.Admin;

/// <summary>
/// What the editor of one field or one part shows: its form name prefix, label, settings, the values of its inputs and
/// the errors found for them. Values and errors are keyed by input: "" for a field's single value, a property name for
/// the inputs of a part or of a multi-input field ("Latitude", "Street"). An editor's view is a Razor partial chosen by
/// <see cref="AdminEditorOptions.Views"/>, so a module can replace one (the maps module's GeoPoint picker, the media
/// library's picker) as long as it posts the same input names.
/// </summary>
public sealed class EditorModel
{
    /// <summary>The form name prefix: "Part.Field" for a field, the part's name for a part.</summary>
    public required string Prefix { get; init; }

    /// <summary>The field kind or part name the editor is for (the key of its view).</summary>
    public required string Kind { get; init; }

    public required string Label { get; init; }

    public string? Hint { get; init; }

    public bool Required { get; init; }

    public JsonObject Settings { get; init; } = [];

    public Dictionary<string, List<string>> Values { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<string>> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The options, terms or picked items an input chooses from (value and label).</summary>
    public List<EditorChoice> Choices { get; } = [];

    /// <summary>The form input name of a key ("" = the prefix itself).</summary>
    public string Name(string key = "") => key.Length == 0 ? Prefix : $"{Prefix}.{key}";

    /// <summary>An HTML id for the input of a key, stable and free of dots.</summary>
    public string Id(string key = "") => "f-" + Name(key).Replace('.', '-').Replace('[', '-').Replace(']', '-');

    /// <summary>The id of the element holding a key's error messages (for aria-describedby).</summary>
    public string ErrorId(string key = "") => Id(key) + "-error";

    public string? Value(string key = "") => Values.TryGetValue(key, out var values) && values.Count > 0 ? values[0] : null;

    public IReadOnlyList<string> ValuesOf(string key = "") => Values.TryGetValue(key, out var values) ? values : [];

    public IReadOnlyList<string> ErrorsOf(string key = "") => Errors.TryGetValue(key, out var errors) ? errors : [];

    public bool HasErrors(string key = "") => ErrorsOf(key).Count > 0;

    public void Set(string key, string? value) => Values[key] = value is null ? [] : [value];

    public void AddError(string key, string message)
    {
        if (!Errors.TryGetValue(key, out var list))
        {
            Errors[key] = list = [];
        }

        list.Add(message);
    }
}

/// <summary>One choice of an editor: the stored value and what the editor shows for it.</summary>
public sealed record EditorChoice(string Value, string Label);
