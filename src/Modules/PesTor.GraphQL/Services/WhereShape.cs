using PesTor.Queries;

namespace PesTor.GraphQL.Services;

/// <summary>One filter input field (e.g. <c>employees_gt</c>): the column or part + field it filters and the operator.</summary>
internal sealed record WhereLeaf(ContentColumn? Column, string? Part, string? Field, FilterOperator Operator)
{
    public ContentFilter ToFilter(object? value) => Column is { } column
        ? ContentFilter.ByColumn(column, Operator, value)
        : ContentFilter.ByField(Part!, Field!, Operator, value);
}

/// <summary>What the fields of a where input mean: leaves, and nested inputs for named parts (<c>addressPart: { city: … }</c>).</summary>
internal sealed class WhereShape
{
    public Dictionary<string, WhereLeaf> Leaves { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, WhereShape> Parts { get; } = new(StringComparer.Ordinal);
}
