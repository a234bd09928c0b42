namespace PesTor.Users.Pages;

/// <summary>A labelled select of fixed options for the <c>_Options</c> partial (the first, empty option means "not given").</summary>
public sealed record OptionsModel(string Name, string Label, string? Value, IReadOnlyList<(string Value, string Label)> Options);
