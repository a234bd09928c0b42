using GraphQL.Types;
using PesTor.ContentFields;
using PesTor.GraphQL.Services;
using PesTor.Queries;

namespace PesTor.GraphQL.Types;

/// <summary>Builds <c>{Type}OrderByInput</c>: item columns and the type's own orderable fields, each ASC or DESC, in the order written.</summary>
internal static class OrderByInputBuilder
{
    private static readonly string[] Orderable = [FieldKinds.Text, FieldKinds.Numeric, FieldKinds.Date, FieldKinds.DateTime, FieldKinds.Boolean];

    public static (InputObjectGraphType Input, Dictionary<string, Func<bool, ContentOrder>> Orders) Build(
        string typeName, PartShape? ownPart, EnumerationGraphType direction)
    {
        var input = new InputObjectGraphType { Name = $"{typeName}OrderByInput" };
        var orders = new Dictionary<string, Func<bool, ContentOrder>>(StringComparer.Ordinal)
        {
            ["displayText"] = d => ContentOrder.By(ContentColumn.DisplayText, d),
            ["createdUtc"] = d => ContentOrder.By(ContentColumn.CreatedUtc, d),
            ["modifiedUtc"] = d => ContentOrder.By(ContentColumn.ModifiedUtc, d),
            ["publishedUtc"] = d => ContentOrder.By(ContentColumn.PublishedUtc, d),
        };
        foreach (var field in ownPart?.Fields.Where(f => Orderable.Contains(f.Kind)) ?? [])
        {
            orders.TryAdd(field.GraphName, d => ContentOrder.ByField(field.Part, field.Field, d));
        }

        foreach (var name in orders.Keys)
        {
            input.AddField(new FieldType { Name = name, ResolvedType = direction });
        }

        return (input, orders);
    }

    public static IReadOnlyList<ContentOrder> Translate(IDictionary<string, object?>? orderBy, Dictionary<string, Func<bool, ContentOrder>> orders) =>
        orderBy is null
            ? []
            : [.. orderBy.Where(o => o.Value is bool && orders.ContainsKey(o.Key)).Select(o => orders[o.Key]((bool)o.Value!))];
}
