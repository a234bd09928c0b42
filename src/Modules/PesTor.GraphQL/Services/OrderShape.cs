using PesTor.Queries;

namespace PesTor.GraphQL.Services;

/// <summary>What an <c>orderBy</c> input can name: orders by name (given the direction, true = descending) and named parts' nested inputs.</summary>
internal sealed class OrderShape
{
    public Dictionary<string, Func<bool, ContentOrder>> Orders { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, OrderShape> Parts { get; } = new(StringComparer.Ordinal);
}
