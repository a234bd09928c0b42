using GraphQL.Conversion;
using GraphQL.Types;
using PesTor.GraphQL.Types;
using PesTor.Metadata;

namespace PesTor.GraphQL.Services;

/// <summary>
/// Builds the schema from the definitions: per content type without a stereotype an object type, a list field
/// (<c>entity</c>), a count field (<c>entityCount</c>); plus <c>contentItem(contentItemId:)</c>.
/// Types with a stereotype (Taxonomy, Widget) get no fields of their own, but their items still resolve through pickers and terms.
/// </summary>
internal static class ContentSchemaBuilder
{
    public static ISchema Build(ContentDefinitionDocument document)
    {
        var shared = new SharedTypes();
        var types = document.ContentTypes.Where(t => string.IsNullOrEmpty(t.Settings.Stereotype)).ToList();
        var objects = new ContentTypeObjectBuilder(shared, types.Select(t => t.Name).ToHashSet(StringComparer.Ordinal));
        var query = new ObjectGraphType { Name = "Query" };
        var geo = new GeoArguments();
        ContentQueryFields.AddContentItem(query, shared);
        SearchField.Add(query, shared);

        foreach (var type in types)
        {
            var typeName = Names.TypeName(type.Name);
            var parts = type.Parts.Select(p => PartShapes.Of(p, document)).ToList();
            // The type's own fields live in a part named after the type (Orchard's layout): they go to the top level.
            var ownPart = parts.FirstOrDefault(p => p.Name == type.Name);
            var namedParts = parts.Where(p => p != ownPart).ToList();

            var objectType = objects.Build(typeName, ownPart, namedParts);
            shared.ObjectTypes[type.Name] = objectType;
            var (where, whereShape) = WhereInputBuilder.Build(typeName, ownPart, namedParts);
            var (orderBy, orders) = OrderByInputBuilder.Build(typeName, ownPart, namedParts, shared.SortDirection);
            ContentQueryFields.AddList(query, shared, type.Name, objectType, where, whereShape, orderBy, orders);
            ContentQueryFields.AddCount(query, shared, type.Name, where, whereShape);
            geo.Add(query, Names.Camel(type.Name), Names.Camel(type.Name) + "Count", GeoArguments.LocationOf(ownPart, namedParts));
        }

        // Names are already as published (AND/OR/NOT, employees_gt); the default camel-case converter would turn AND into aND.
        var schema = new Schema { Query = query, NameConverter = DefaultNameConverter.Instance };
        // Reached only through the ContentItem interface, so it is registered by hand.
        schema.RegisterType(shared.OtherContentItem);
        schema.Initialize();
        return schema;
    }
}
