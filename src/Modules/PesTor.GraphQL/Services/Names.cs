using System.Text;

namespace PesTor.GraphQL.Services;

/// <summary>GraphQL names from definition names: only [_A-Za-z0-9], camelCase for fields, PascalCase for types.</summary>
internal static class Names
{
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
