using System.Text.Json;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.GraphQL.Services;

namespace PesTor.GraphQL.Types;

/// <summary>
/// The object type of a content type: the item columns, its own fields at the top level and each named part as an object.
/// Pickers and taxonomy fields resolve through the per-request <see cref="ContentItemBatchLoader"/>.
/// </summary>
internal sealed class ContentTypeObjectBuilder(SharedTypes shared, IReadOnlySet<string> schemaTypes)
{
    public ObjectGraphType Build(string typeName, PartShape? ownPart, IEnumerable<PartShape> namedParts)
    {
        var type = SharedTypes.WithColumns(new ObjectGraphType { Name = typeName });
        type.AddResolvedInterface(shared.ContentItem);
        foreach (var field in ownPart?.Fields ?? [])
        {
            AddField(type, field);
        }

        foreach (var part in namedParts.Where(p => p.Fields.Count > 0 && !type.HasField(p.GraphName)))
        {
            // The part object's source is still the item: its fields read their part by name.
            var partType = new ObjectGraphType { Name = $"{typeName}{Names.Pascal(part.Name)}" };
            foreach (var field in part.Fields)
            {
                AddField(partType, field);
            }

            type.AddField(new FieldType
            {
                Name = part.GraphName,
                ResolvedType = partType,
                Resolver = new FuncFieldResolver<object?>(context =>
                    context.Source is ContentItem item && item.Content.ContainsKey(part.Name) ? item : null),
            });
        }

        return type;
    }

    private void AddField(ObjectGraphType type, FieldShape field)
    {
        if (type.HasField(field.GraphName))
        {
            return;
        }

        var (graphType, resolved) = Output(field);
        type.AddField(new FieldType
        {
            Name = field.GraphName,
            Type = graphType,
            ResolvedType = resolved,
            Resolver = new FuncFieldResolver<object?>(context => Resolve(context, field)),
        });
    }

    private (Type? Type, IGraphType? Resolved) Output(FieldShape field) => field.Kind switch
    {
        FieldKinds.Text or FieldKinds.Html or FieldKinds.Date => (typeof(StringGraphType), null),
        FieldKinds.Numeric => (typeof(DecimalGraphType), null),
        FieldKinds.Boolean => (typeof(BooleanGraphType), null),
        FieldKinds.DateTime => (typeof(DateTimeGraphType), null),
        FieldKinds.Media => (null, new NonNullGraphType(new ListGraphType(new NonNullGraphType(shared.Media)))),
        FieldKinds.Link => (null, shared.Link),
        FieldKinds.GeoPoint => (null, shared.GeoPoint),
        FieldKinds.Taxonomy => (null, new NonNullGraphType(new ListGraphType(new NonNullGraphType(shared.Term)))),
        _ => (null, new NonNullGraphType(new ListGraphType(new NonNullGraphType(PickedType(field))))),
    };

    // One allowed type that is in the schema: that type; otherwise the generic ContentItem.
    private IGraphType PickedType(FieldShape field)
    {
        var allowed = field.Settings["DisplayedContentTypes"]?.Deserialize<List<string>>() ?? [];
        return allowed.Count == 1 && schemaTypes.Contains(allowed[0]) ? new GraphQLTypeReference(Names.TypeName(allowed[0])) : shared.ContentItem;
    }

    private static object? Resolve(IResolveFieldContext context, FieldShape field)
    {
        if (context.Source is not ContentItem item)
        {
            return null;
        }

        var value = FieldValueReader.Read(item, field);
        var loader = context.RequestServices!.GetRequiredService<ContentItemBatchLoader>();
        return value switch
        {
            ContentPickerField picker => loader.Load(picker.ContentItemIds, items => items),
            TaxonomyField taxonomy => Terms(loader, taxonomy),
            null when field.Kind is FieldKinds.ContentPicker or FieldKinds.Taxonomy or FieldKinds.Media => Array.Empty<object>(),
            _ => value,
        };
    }

    // The taxonomy item is loaded once per request (batched with pickers); its terms are picked in the field's order.
    private static object Terms(ContentItemBatchLoader loader, TaxonomyField field) =>
        field.TaxonomyContentItemId is not { Length: > 0 } taxonomyId || field.TermContentItemIds.Count == 0
            ? Array.Empty<TaxonomyTerm>()
            : loader.Load([taxonomyId], items =>
            {
                var terms = items.FirstOrDefault()?.As<TaxonomyPart>()?.Terms ?? [];
                return field.TermContentItemIds.Select(id => terms.FirstOrDefault(t => t.Id == id)).OfType<TaxonomyTerm>().ToList();
            });
}
