namespace PesTor.GraphQL.Services;

/// <summary>
/// Bound from <c>PesTor:GraphQL</c>: how many requests a caller may make per minute before getting 429, whether the schema
/// answers introspection, whether GraphiQL is served, and the result cache.
/// </summary>
public sealed class GraphQlOptions
{
    public const string SectionName = "PesTor:GraphQL";

    /// <summary>Per API client (bearer token) and per signed-in user.</summary>
    public int ClientPermitsPerMinute { get; set; } = 1200;

    /// <summary>Per IP address, for anonymous callers.</summary>
    public int AnonymousPermitsPerMinute { get; set; } = 600;

    /// <summary>
    /// Whether <c>__schema</c> and <c>__type</c> are answered (on by default: consumers generate clients from the schema).
    /// Off, a query asking for them is a 400 with a validation error; <c>__typename</c> always works.
    /// </summary>
    public bool Introspection { get; set; } = true;

    /// <summary>Whether <c>/graphiql</c> is served (otherwise 404); on by default, like introspection, which it relies on.</summary>
    public bool GraphiQL { get; set; } = true;

    /// <summary><c>PesTor:GraphQL:ResultCache</c>: answers kept for repeated queries (see <see cref="GraphQlResultCacheOptions"/>).</summary>
    public GraphQlResultCacheOptions ResultCache { get; set; } = new();
}
