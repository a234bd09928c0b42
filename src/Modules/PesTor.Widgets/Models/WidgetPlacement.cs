namespace PesTor.Widgets.Models;

/// <summary>
/// The <c>WidgetPlacement</c> part of a widget item: the layout zone it goes in, the rule that says on which pages
/// (<see cref="Always"/>, <see cref="HomePage"/>, <see cref="UnderPath"/> with <see cref="PathPrefix"/>) and its position.
/// </summary>
public sealed record WidgetPlacement(string Zone, string Rule, string? PathPrefix, decimal Position)
{
    public const string PartName = "WidgetPlacement";
    public const string Always = "always";
    public const string HomePage = "home";
    public const string UnderPath = "path";

    public bool Matches(string requestPath)
    {
        var path = string.IsNullOrEmpty(requestPath) ? "/" : requestPath;
        return Rule switch
        {
            Always => true,
            HomePage => path == "/",
            UnderPath => PathPrefix is { Length: > 0 } prefix
                && (string.Equals(path, prefix.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
                    || path.StartsWith(prefix.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase)),
            _ => false,
        };
    }
}
