using GraphQL.Types;
using PesTor.ContentFields;
using PesTor.GraphQL.Services;
using PesTor.Queries;

namespace PesTor.GraphQL.Types;

/// <summary>
/// Builds <c>{Type}WhereInput</c>: AND/OR/NOT, the item columns, the type's own fields at the top level and each named part
/// as a nested input, every field with the operator suffixes its kind supports (<c>employees_gt</c>, <c>city_contains</c>).
/// </summary>
internal static class WhereInputBuilder
{
    private static readonly (string Suffix, FilterOperator Op)[] TextOps =
    [
        ("", FilterOperator.Eq), ("_not", FilterOperator.NotEq), ("_contains", FilterOperator.Contains),
        ("_starts_with", FilterOperator.StartsWith), ("_ends_with", FilterOperator.EndsWith),
        ("_in", FilterOperator.In), ("_not_in", FilterOperator.NotIn),
    ];

    private static readonly (string Suffix, FilterOperator Op)[] OrderedOps =
    [
        ("", FilterOperator.Eq), ("_not", FilterOperator.NotEq), ("_gt", FilterOperator.Gt), ("_gte", FilterOperator.Gte),
        ("_lt", FilterOperator.Lt), ("_lte", FilterOperator.Lte), ("_in", FilterOperator.In), ("_not_in", FilterOperator.NotIn),
    ];

    private static readonly (string Suffix, FilterOperator Op)[] IdOps =
    [
        ("", FilterOperator.Eq), ("_not", FilterOperator.NotEq), ("_in", FilterOperator.In), ("_not_in", FilterOperator.NotIn),
    ];

    private static readonly (string Suffix, FilterOperator Op)[] BooleanOps = [("", FilterOperator.Eq), ("_not", FilterOperator.NotEq)];

    public static (InputObjectGraphType Input, WhereShape Shape) Build(string typeName, PartShape? ownPart, IEnumerable<PartShape> namedParts)
    {
        var input = new InputObjectGraphType { Name = $"{typeName}WhereInput" };
        var shape = new WhereShape();
        var self = new ListGraphType(new NonNullGraphType(input));
        input.AddField(new FieldType { Name = WhereTranslator.And, ResolvedType = self, Description = "All of these." });
        input.AddField(new FieldType { Name = WhereTranslator.Or, ResolvedType = self, Description = "Any of these." });
        input.AddField(new FieldType { Name = WhereTranslator.Not, ResolvedType = self, Description = "None of these." });

        AddLeaves(input, shape, "contentItemId", typeof(IdGraphType), IdOps, op => new WhereLeaf(ContentColumn.ContentItemId, null, null, op));
        AddLeaves(input, shape, "displayText", typeof(StringGraphType), TextOps, op => new WhereLeaf(ContentColumn.DisplayText, null, null, op));
        foreach (var (name, column) in new[] { ("createdUtc", ContentColumn.CreatedUtc), ("modifiedUtc", ContentColumn.ModifiedUtc), ("publishedUtc", ContentColumn.PublishedUtc) })
        {
            AddLeaves(input, shape, name, typeof(DateTimeGraphType), OrderedOps, op => new WhereLeaf(column, null, null, op));
        }

        if (ownPart is not null)
        {
            AddFields(input, shape, ownPart.Fields);
        }

        foreach (var part in namedParts)
        {
            var partInput = new InputObjectGraphType { Name = $"{typeName}{Names.Pascal(part.Name)}WhereInput" };
            var partShape = new WhereShape();
            AddFields(partInput, partShape, part.Fields);
            if (partShape.Leaves.Count > 0 && !input.HasField(part.GraphName))
            {
                input.AddField(new FieldType { Name = part.GraphName, ResolvedType = partInput });
                shape.Parts[part.GraphName] = partShape;
            }
        }

        return (input, shape);
    }

    private static void AddFields(InputObjectGraphType input, WhereShape shape, IEnumerable<FieldShape> fields)
    {
        foreach (var field in fields)
        {
            if (Filter(field.Kind) is { } filter)
            {
                AddLeaves(input, shape, field.GraphName, filter.Scalar, filter.Ops, op => new WhereLeaf(null, field.Part, field.Field, op));
            }
        }
    }

    // Which kinds filter, with what input scalar and operators. Taxonomy and picker values are term / item ids.
    private static (Type Scalar, (string Suffix, FilterOperator Op)[] Ops)? Filter(string kind) => kind switch
    {
        FieldKinds.Text or FieldKinds.Link => (typeof(StringGraphType), TextOps),
        FieldKinds.Numeric => (typeof(DecimalGraphType), OrderedOps),
        FieldKinds.Date => (typeof(StringGraphType), OrderedOps),
        FieldKinds.DateTime => (typeof(DateTimeGraphType), OrderedOps),
        FieldKinds.Boolean => (typeof(BooleanGraphType), BooleanOps),
        FieldKinds.Taxonomy or FieldKinds.ContentPicker => (typeof(IdGraphType), IdOps),
        _ => null,
    };

    private static void AddLeaves(
        InputObjectGraphType input, WhereShape shape, string name, Type scalar, (string Suffix, FilterOperator Op)[] ops, Func<FilterOperator, WhereLeaf> leaf)
    {
        foreach (var (suffix, op) in ops)
        {
            var fieldName = name + suffix;
            if (input.HasField(fieldName) || shape.Leaves.ContainsKey(fieldName))
            {
                continue;
            }

            var type = op is FilterOperator.In or FilterOperator.NotIn
                ? typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(scalar))
                : scalar;
            input.AddField(new FieldType { Name = fieldName, Type = type });
            shape.Leaves[fieldName] = leaf(op);
        }
    }
}
