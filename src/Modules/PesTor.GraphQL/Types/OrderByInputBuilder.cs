using GraphQL.Types;
using PesTor.ContentFields;
using PesTor.GraphQL.Services;
using PesTor.Queries;

namespace PesTor.GraphQL.Types;

/// <summary>
/// Builds <c>{Type}OrderByInput</c>: item columns, the type's own orderable fields and each named part as a nested input
/// (<c>orderBy: { addressPart: { city: ASC }, displayText: DESC }</c>), each ASC or DESC, applied in the order written.
/// </summary>
internal static class OrderByInputBuilder
{
    private static readonly string[] Orderable = [FieldKinds.Text, FieldKinds.Numeric, FieldKinds.Date, FieldKinds.DateTime, FieldKinds.Boolean];

    public static (InputObjectGraphType Input, OrderShape Shape) Build(
        string typeName, PartShape? ownPart, IEnumerable<PartShape> namedParts, EnumerationGraphType direction)
    {
        var input = new InputObjectGraphType { Name = $"{typeName}OrderByInput" };
        var shape = new OrderShape();
        shape.Orders["displayText"] = d => ContentOrder.By(ContentColumn.DisplayText, d);
        shape.Orders["createdUtc"] = d => ContentOrder.By(ContentColumn.CreatedUtc, d);
        shape.Orders["modifiedUtc"] = d => ContentOrder.By(ContentColumn.ModifiedUtc, d);
        shape.Orders["publishedUtc"] = d => ContentOrder.By(ContentColumn.PublishedUtc, d);
        AddFields(shape, ownPart?.Fields ?? []);
        foreach (var name in shape.Orders.Keys)
        {
            input.AddField(new FieldType { Name = name, ResolvedType = direction });
        }

        foreach (var part in namedParts)
        {
            var partShape = new OrderShape();
            AddFields(partShape, part.Fields);
            if (partShape.Orders.Count == 0 || input.HasField(part.GraphName))
            {
                continue;
            }

            var partInput = new InputObjectGraphType { Name = $"{typeName}{Names.Pascal(part.Name)}OrderByInput" };
            foreach (var name in partShape.Orders.Keys)
            {
                partInput.AddField(new FieldType { Name = name, ResolvedType = direction });
            }

            input.AddField(new FieldType { Name = part.GraphName, ResolvedType = partInput });
            shape.Parts[part.GraphName] = partShape;
        }

        return (input, shape);
    }

    /// <summary>The orders in the order the caller wrote them; a named part's orders take that part's place in the list.</summary>
    public static IReadOnlyList<ContentOrder> Translate(IDictionary<string, object?>? orderBy, OrderShape shape)
    {
        var orders = new List<ContentOrder>();
        Collect(orderBy, shape, orders);
        return orders;
    }

    private static void Collect(IDictionary<string, object?>? orderBy, OrderShape shape, List<ContentOrder> orders)
    {
        foreach (var (name, value) in orderBy ?? new Dictionary<string, object?>())
        {
            if (value is bool descending && shape.Orders.TryGetValue(name, out var order))
            {
                orders.Add(order(descending));
            }
            else if (value is IDictionary<string, object?> nested && shape.Parts.TryGetValue(name, out var partShape))
            {
                Collect(nested, partShape, orders);
            }
        }
    }

    private static void AddFields(OrderShape shape, IEnumerable<FieldShape> fields)
    {
        foreach (var field in fields.Where(f => Orderable.Contains(f.Kind)))
        {
            shape.Orders.TryAdd(field.GraphName, d => ContentOrder.ByField(field.Part, field.Field, d));
        }
    }
}
