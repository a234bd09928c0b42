using PesTor.Contents.Fields;
using PesTor.Contents.Parts;
using PesTor.Data;
using PesTor.Indexing;
using PesTor.Metadata;
using PesTor.Queries;
using PesTor.Security;

namespace PesTor.Contents.Queries;

/// <summary>
/// The service side of the one content query: it checks the query against the definitions (unknown types and fields are
/// errors, never empty results), converts values, narrows it to what the caller may see and hands it to the store.
/// </summary>
internal sealed partial class ContentQueryService(
    IContentStore store,
    IContentDefinitionManager definitions,
    IContentAuthorizer authorizer,
    IContentOwnership ownership,
    ICallerAccessor callers,
    IEnumerable<IContentFieldKind> fieldKinds,
    IEnumerable<IContentPartHandler> partHandlers,
    IEnumerable<IContentOtherParty> otherParties) : IContentQueryService
{
    public const int MaxTake = 1000;

    private readonly Dictionary<string, IContentFieldKind> _kinds = fieldKinds.ToDictionary(k => k.Name);
    private readonly Dictionary<string, IContentPartHandler> _handlers = partHandlers.ToDictionary(h => h.PartName);

    public async Task<ContentPage> ListAsync(ContentQuery query, bool includeTotal = false, CancellationToken cancellationToken = default)
    {
        if (query.Take is < 0 or > MaxTake)
        {
            throw new ContentQueryException($"take must be between 0 and {MaxTake}.", "take");
        }

        if (query.Skip < 0)
        {
            throw new ContentQueryException("skip must not be negative.", "skip");
        }

        var secured = await PrepareAsync(query, cancellationToken);
        return secured is null ? new ContentPage([], includeTotal ? 0 : null) : await store.QueryAsync(secured, includeTotal, cancellationToken);
    }

    public async Task<int> CountAsync(ContentQuery query, CancellationToken cancellationToken = default)
    {
        var secured = await PrepareAsync(query, cancellationToken);
        return secured is null ? 0 : await store.CountAsync(secured, cancellationToken);
    }

    /// <summary>The resolved and secured query, or null when the caller may see none of the types asked for.</summary>
    private async Task<ContentQuery?> PrepareAsync(ContentQuery query, CancellationToken cancellationToken)
    {
        var document = await definitions.GetDocumentAsync(cancellationToken);
        foreach (var type in query.ContentTypes)
        {
            if (document.FindType(type) is null)
            {
                throw new ContentQueryException($"Content type '{type}' does not exist.", "type");
            }
        }

        var types = query.ContentTypes.Count > 0 ? query.ContentTypes : [.. document.ContentTypes.Select(t => t.Name)];
        var resolver = new Resolver(document, types, this);
        var where = query.Where is null ? null : resolver.Filter(query.Where, "where");
        var orderBy = query.OrderBy.Select(resolver.Order).ToList();

        var action = query.Status == ContentStatus.Published ? ContentAction.View : ContentAction.Edit;
        var full = new List<string>();
        var own = new List<string>();
        foreach (var type in types)
        {
            switch (await authorizer.GetAccessAsync(callers.Caller, action, type, cancellationToken))
            {
                case ContentAccessLevel.All:
                    full.Add(type);
                    break;
                case ContentAccessLevel.Own:
                    own.Add(type);
                    break;
            }
        }

        var ownerIds = ownership.OwnerIds(callers.Caller);
        if (ownerIds.Count == 0)
        {
            own.Clear();
        }

        if (full.Count == 0 && own.Count == 0)
        {
            return null;
        }

        // Own items: the caller's by Owner, and the items it counts as its own by id (a representative's entities).
        var itemIds = ownership.ItemIds(callers.Caller);
        var owned = itemIds.Count == 0
            ? ContentFilter.ByColumn(ContentColumn.Owner, FilterOperator.In, ownerIds)
            : ContentFilter.Or(
                ContentFilter.ByColumn(ContentColumn.Owner, FilterOperator.In, ownerIds),
                ContentFilter.ByColumn(ContentColumn.ContentItemId, FilterOperator.In, itemIds));
        ContentFilter? access = own.Count == 0 ? null : ContentFilter.Or(
            [
                ContentFilter.ByColumn(ContentColumn.ContentType, FilterOperator.In, full),
                ContentFilter.And(ContentFilter.ByColumn(ContentColumn.ContentType, FilterOperator.In, own), owned),
                .. await OtherPartyFiltersAsync(action, own, resolver, cancellationToken),
            ]);

        return query with
        {
            ContentTypes = [.. full, .. own],
            Where = (where, access) switch
            {
                (null, null) => null,
                (null, _) => access,
                (_, null) => where,
                _ => ContentFilter.And(where, access),
            },
            OrderBy = orderBy.Count > 0 ? orderBy : [ContentOrder.By(ContentColumn.DisplayText)],
        };
    }

    // Viewing "own" items of a type with an other-party rule also shows the items addressed to the caller (see IContentOtherParty).
    private async Task<List<ContentFilter>> OtherPartyFiltersAsync(ContentAction action, List<string> own, Resolver resolver, CancellationToken cancellationToken)
    {
        var filters = new List<ContentFilter>();
        if (action != ContentAction.View)
        {
            return filters;
        }

        foreach (var rule in otherParties.Where(r => own.Contains(r.ContentType, StringComparer.Ordinal)))
        {
            if (await rule.FilterAsync(callers.Caller, cancellationToken) is { } filter)
            {
                filters.Add(ContentFilter.And(
                    ContentFilter.ByColumn(ContentColumn.ContentType, FilterOperator.Eq, rule.ContentType),
                    resolver.Filter(filter, "otherParty")));
            }
        }

        return filters;
    }

    private (IndexKind Kind, Type ValueType)? FindField(ContentDefinitionDocument document, IReadOnlyList<string> types, string part, string field)
    {
        foreach (var typeName in types)
        {
            var typePart = document.FindType(typeName)?.FindPart(part);
            if (typePart is null)
            {
                continue;
            }

            if (document.FindPart(typePart.PartName)?.FindField(field) is { } definition)
            {
                return (_kinds[definition.FieldKind].IndexKind, ValueTypeOf(_kinds[definition.FieldKind].IndexKind));
            }

            if (_handlers.TryGetValue(typePart.PartName, out var handler) && handler.IndexedProperties.TryGetValue(field, out var kind))
            {
                return (kind, ValueTypeOf(kind));
            }
        }

        return null;
    }

    private static Type ValueTypeOf(IndexKind kind) => kind switch
    {
        IndexKind.Numeric or IndexKind.GeoPoint => typeof(double),
        IndexKind.Boolean => typeof(bool),
        IndexKind.Date or IndexKind.DateTime => typeof(DateTime),
        _ => typeof(string),
    };

    private static Type ValueTypeOf(ContentColumn column) => column switch
    {
        ContentColumn.CreatedUtc or ContentColumn.ModifiedUtc or ContentColumn.PublishedUtc => typeof(DateTime),
        ContentColumn.Published or ContentColumn.Latest => typeof(bool),
        _ => typeof(string),
    };

    /// <summary>Walks a caller's filter tree, resolving each field against the definitions.</summary>
    private sealed class Resolver(ContentDefinitionDocument document, IReadOnlyList<string> types, ContentQueryService service)
    {
        public ContentFilter Filter(ContentFilter filter, string path) => filter switch
        {
            AndFilter and => new AndFilter([.. and.Filters.Select((f, i) => Filter(f, $"{path}.AND[{i}]"))]),
            OrFilter or => new OrFilter([.. or.Filters.Select((f, i) => Filter(f, $"{path}.OR[{i}]"))]),
            NotFilter not => new NotFilter(Filter(not.Filter, path + ".NOT")),
            ColumnFilter column => column with
            {
                Value = FilterValueConverter.Convert(column.Value, ValueTypeOf(column.Column), column.Operator, $"{path}.{column.Column}"),
            },
            FieldFilter field => Field(field, path),
            GeoBoxFilter box => Geo(box, box.Part, box.Field, box.Box.Problem(), path),
            GeoNearFilter near => Geo(near, near.Part, near.Field, near.Problem(), path),
            _ => throw new ContentQueryException($"Filter '{filter.GetType().Name}' is not supported.", path),
        };

        public ContentOrder Order(ContentOrder order, int index)
        {
            if (order.Column is not null)
            {
                return order;
            }

            var (kind, _) = Resolve(order.Part ?? "", order.Field ?? "", $"orderBy[{index}]");
            return order with { Kind = kind };
        }

        private FieldFilter Field(FieldFilter filter, string path)
        {
            var fieldPath = $"{path}.{filter.Part}.{filter.Field}";
            var (kind, valueType) = Resolve(filter.Part, filter.Field, fieldPath);
            if (filter.Property is not null || kind == IndexKind.GeoPoint)
            {
                valueType = kind switch
                {
                    IndexKind.GeoPoint => typeof(double),
                    _ => typeof(string),
                };
            }

            return filter with
            {
                Kind = kind,
                Value = FilterValueConverter.Convert(filter.Value, valueType, filter.Operator, fieldPath),
            };
        }

        private ContentFilter Geo(ContentFilter filter, string part, string field, string? problem, string path)
        {
            var fieldPath = $"{path}.{part}.{field}";
            var (kind, _) = Resolve(part, field, fieldPath);
            if (kind != IndexKind.GeoPoint)
            {
                throw new ContentQueryException($"'{part}.{field}' is not a GeoPoint field; only those can be filtered by place.", fieldPath);
            }

            return problem is null ? filter : throw new ContentQueryException(problem, fieldPath);
        }

        private (IndexKind Kind, Type ValueType) Resolve(string part, string field, string path) =>
            service.FindField(document, types, part, field)
            ?? throw new ContentQueryException(
                $"No type in [{string.Join(", ", types)}] has a field '{field}' in part '{part}'.", path);
    }
}
