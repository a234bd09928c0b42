namespace PesTor.Admin;

/// <summary>What a dashboard card shows: a heading, lines (each optionally a link with a short detail such as a count),
/// the text shown when there are no lines, and an optional link to everything.</summary>
public sealed record AdminDashboardCardModel(string Title, IReadOnlyList<AdminDashboardLine> Lines)
{
    public string EmptyText { get; init; } = "";

    public AdminDashboardLine? More { get; init; }
}

/// <summary>One line of a dashboard card.</summary>
public sealed record AdminDashboardLine(string Text, string? Url = null, string? Detail = null);
