using System.Collections;
using PesTor.Queries;

namespace PesTor.GraphQL.Services;

/// <summary>Turns a parsed where argument into the content query's filter tree; nothing is filtered here, only translated.</summary>
internal static class WhereTranslator
{
    public const string And = "AND";
    public const string Or = "OR";
    public const string Not = "NOT";

    public static ContentFilter? Translate(IDictionary<string, object?>? where, WhereShape shape)
    {
        if (where is null)
        {
            return null;
        }

        var filters = new List<ContentFilter>();
        foreach (var (key, value) in where)
        {
            // An explicit null means "no condition", as with an omitted field.
            if (value is null)
            {
                continue;
            }

            var filter = key switch
            {
                And => Combine(Nested(value, shape), ContentFilter.And),
                Or => Combine(Nested(value, shape), ContentFilter.Or),
                Not => Combine(Nested(value, shape), ContentFilter.And) is { } inner ? ContentFilter.Not(inner) : null,
                _ when shape.Leaves.TryGetValue(key, out var leaf) => leaf.ToFilter(Value(value, leaf.Operator)),
                _ when shape.Parts.TryGetValue(key, out var part) => Translate(value as IDictionary<string, object?>, part),
                _ => null,
            };
            if (filter is not null)
            {
                filters.Add(filter);
            }
        }

        return Combine(filters, ContentFilter.And);
    }

    private static List<ContentFilter> Nested(object value, WhereShape shape) =>
        [.. ((IEnumerable)value).OfType<IDictionary<string, object?>>().Select(w => Translate(w, shape)).OfType<ContentFilter>()];

    private static ContentFilter? Combine(List<ContentFilter> filters, Func<ContentFilter[], ContentFilter> combine) =>
        filters.Count switch
        {
            0 => null,
            1 => filters[0],
            _ => combine([.. filters]),
        };

    // In and NotIn take a list (the query service expects an array).
    private static object? Value(object value, FilterOperator op) =>
        op is FilterOperator.In or FilterOperator.NotIn && value is IEnumerable list and not string ? list.Cast<object?>().ToArray() : value;
}
