namespace PesTor.GraphQL.Services;

/// <summary>Bound from <c>PesTor:GraphQL</c>: how many requests a caller may make per minute before getting 429, and whether GraphiQL is served.</summary>
public sealed class GraphQlOptions
{
    public const string SectionName = "PesTor:GraphQL";

    /// <summary>Per API client (bearer token) and per signed-in user.</summary>
    public int ClientPermitsPerMinute { get; set; } = 1200;

    /// <summary>Per IP address, for anonymous callers.</summary>
    public int AnonymousPermitsPerMinute { get; set; } = 600;

    /// <summary>Whether <c>/graphiql</c> is served (otherwise 404); on by default, like introspection, which it relies on.</summary>
    public bool GraphiQL { get; set; } = true;
}
