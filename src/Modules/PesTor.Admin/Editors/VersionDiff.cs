namespace PesTor.Admin.Editors;

/// <summary>Two versions' value lines compared by key: the lines whose text differs, in the editor's order.</summary>
public static class VersionDiff
{
    public static IReadOnlyList<DiffLine> Compare(IReadOnlyList<ValueLine> older, IReadOnlyList<ValueLine> newer)
    {
        var before = older.ToDictionary(l => l.Key, StringComparer.Ordinal);
        var after = newer.ToDictionary(l => l.Key, StringComparer.Ordinal);
        return newer.Select(l => l.Key).Concat(older.Select(l => l.Key)).Distinct(StringComparer.Ordinal)
            .Select(key => new DiffLine(
                (after.GetValueOrDefault(key) ?? before[key]).Label,
                before.GetValueOrDefault(key)?.Text ?? "",
                after.GetValueOrDefault(key)?.Text ?? ""))
            .Where(line => !string.Equals(line.Before, line.After, StringComparison.Ordinal))
            .ToList();
    }
}

/// <summary>One changed value: its label, the text before and after.</summary>
public sealed record DiffLine(string Label, string Before, string After);
