namespace PesTor.Users.Pages;

/// <summary>One labelled form input for the <c>_Field</c> partial; its errors come from the model state under <c>Input.Name</c>.</summary>
public sealed record FieldModel(string Name, string Label, string? Value, string Type = "text", string? AutoComplete = null)
{
    public string? Hint { get; init; }

    public bool Required { get; init; } = true;
}
