namespace PesTor.Theme.Directories;

/// <summary>One result of a directory as a visitor reads it: the item's title, its address and its short line.</summary>
public sealed record DirectoryRow(string Title, string Url, string Details);
