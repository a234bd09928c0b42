using System.Text;

namespace PesTor.GraphQL.Services;

/// <summary>GraphQL names from definition names: only [_A-Za-z0-9], camelCase for fields, PascalCase for types.</summary>
internal static class Names
{
    // Names the schema itself uses; a content type called so gets an "Item" suffix instead of clashing.
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "Query", "ContentItem", "ContentStatus", "SortDirection", "GeoPoint", "GeoNearInput", "GeoBoxInput", "Link", "Term",
        "String", "Int", "Float", "Boolean", "ID", "Decimal", "Date", "DateTime", "Long", "Short", "Byte", "Guid", "Uri",
    };

    /// <summary>The object type name of a content type (also used by pickers to refer to it).</summary>
    public static string TypeName(string contentType)
    {
        var name = Pascal(contentType);
        return Reserved.Contains(name) ? name + "Item" : name;
    }

    public static string Pascal(string name)
    {
        var clean = Clean(name);
        return clean.Length == 0 ? "_" : char.ToUpperInvariant(clean[0]) + clean[1..];
    }

    public static string Camel(string name)
    {
        var clean = Clean(name);
        return clean.Length == 0 ? "_" : char.ToLowerInvariant(clean[0]) + clean[1..];
    }

    private static string Clean(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Where(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            builder.Append(c);
        }

        return builder.Length > 0 && char.IsAsciiDigit(builder[0]) ? "_" + builder : builder.ToString();
    }
}
