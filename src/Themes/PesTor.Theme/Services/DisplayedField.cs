namespace PesTor.Theme.Services;

/// <summary>One field of an item as a visitor reads it: its label, its text, and a link when it points somewhere.</summary>
public sealed record DisplayedField(string Label, string Text, IReadOnlyList<(string Text, string Url)> Links);
