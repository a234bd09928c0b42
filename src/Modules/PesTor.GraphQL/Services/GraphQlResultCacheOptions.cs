namespace PesTor.GraphQL.Services;

/// <summary>
/// Bound from <c>PesTor:GraphQL:ResultCache</c>: whether answers to repeated queries are served from memory while nothing
/// they depend on has changed (on by default), and how many bytes of answers a node keeps.
/// </summary>
public sealed class GraphQlResultCacheOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>The answers' UTF-8 bytes (plus their keys); the least recently used go first when it is full.</summary>
    public int SizeLimitMegabytes { get; set; } = 64;
}
