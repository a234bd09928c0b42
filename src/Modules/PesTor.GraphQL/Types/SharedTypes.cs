using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentParts;
using PesTor.Media;
using PesTor.Queries;

namespace PesTor.GraphQL.Types;

/// <summary>The types every schema shares; one instance of each per schema build (a schema may hold one instance per name).</summary>
internal sealed class SharedTypes
{
    /// <summary>Most items a list field returns (SPEC §5); more is a validation error naming <c>first</c>.</summary>
    public const int MaxFirst = 1000;

    public const int DefaultFirst = 100;

    public ObjectGraphType GeoPoint { get; } = Object("GeoPoint",
        ("latitude", typeof(DecimalGraphType), s => ((GeoPointField)s).Latitude),
        ("longitude", typeof(DecimalGraphType), s => ((GeoPointField)s).Longitude));

    public ObjectGraphType Link { get; } = Object("Link",
        ("url", typeof(StringGraphType), s => ((LinkField)s).Url),
        ("text", typeof(StringGraphType), s => ((LinkField)s).Text));

    /// <summary>
    /// A file of the media library: its path (what the field stores) and absolute URLs of it and of its image variants,
    /// so consumers on other hosts can use them as they are.
    /// </summary>
    public ObjectGraphType Media { get; } = MediaType();

    public ObjectGraphType Term { get; } = Object("Term",
        ("id", typeof(NonNullGraphType<IdGraphType>), s => ((TaxonomyTerm)s).Id),
        ("name", typeof(NonNullGraphType<StringGraphType>), s => ((TaxonomyTerm)s).Name),
        ("nameEn", typeof(StringGraphType), s => ((TaxonomyTerm)s).LocalizedNames?.GetValueOrDefault("en")),
        ("slug", typeof(NonNullGraphType<StringGraphType>), s => ((TaxonomyTerm)s).Slug));

    /// <summary>
    /// Any item: pickers with several allowed types and <c>contentItem(contentItemId:)</c>. An interface, so callers select
    /// a type's own fields with <c>... on Entity { … }</c>; items of types without a list (taxonomies, widgets) are
    /// <see cref="OtherContentItem"/>.
    /// </summary>
    public InterfaceGraphType ContentItem { get; }

    public ObjectGraphType OtherContentItem { get; }

    /// <summary>The object type of each content type in the schema, filled while the schema is built.</summary>
    public Dictionary<string, IObjectGraphType> ObjectTypes { get; } = new(StringComparer.Ordinal);

    public SharedTypes()
    {
        ContentItem = WithColumns(new InterfaceGraphType
        {
            Name = "ContentItem",
            ResolveType = value => value is ContentItem item && ObjectTypes.TryGetValue(item.ContentType, out var type) ? type : OtherContentItem,
        });
        // An interface declares its fields; the object types that implement it resolve them.
        foreach (var field in ContentItem.Fields)
        {
            field.Resolver = null;
        }

        OtherContentItem = WithColumns(new ObjectGraphType { Name = "OtherContentItem", Description = "An item of a type that has no list of its own." });
        OtherContentItem.AddResolvedInterface(ContentItem);
    }

    public EnumerationGraphType Status { get; } = Status_();

    public EnumerationGraphType SortDirection { get; } = SortDirection_();

    /// <summary>
    /// <c>first</c>: an Int from 0 to <see cref="MaxFirst"/>. Checked by the argument's validator, so a bigger value fails
    /// validation (a 400 naming the argument) before anything runs, whether written inline or sent as an Int variable.
    /// </summary>
    public static QueryArgument First() => new QueryArgument<IntGraphType>
    {
        Name = "first",
        DefaultValue = DefaultFirst,
        Validator = value =>
        {
            if (value is int first && first is < 0 or > MaxFirst)
            {
                throw new ArgumentOutOfRangeException(nameof(first), first, $"first must be between 0 and {MaxFirst}.");
            }
        },
    };

    /// <summary>The item columns every content type has. Owner and author are left out: they are user data.</summary>
    public static T WithColumns<T>(T type) where T : IComplexGraphType
    {
        Add(type, "contentItemId", typeof(NonNullGraphType<IdGraphType>), s => ((ContentItem)s).ContentItemId);
        Add(type, "contentType", typeof(NonNullGraphType<StringGraphType>), s => ((ContentItem)s).ContentType);
        Add(type, "displayText", typeof(NonNullGraphType<StringGraphType>), s => ((ContentItem)s).DisplayText);
        Add(type, "published", typeof(NonNullGraphType<BooleanGraphType>), s => ((ContentItem)s).Published);
        Add(type, "latest", typeof(NonNullGraphType<BooleanGraphType>), s => ((ContentItem)s).Latest);
        Add(type, "createdUtc", typeof(DateTimeGraphType), s => ((ContentItem)s).CreatedUtc);
        Add(type, "modifiedUtc", typeof(DateTimeGraphType), s => ((ContentItem)s).ModifiedUtc);
        Add(type, "publishedUtc", typeof(DateTimeGraphType), s => ((ContentItem)s).PublishedUtc);
        return type;
    }

    public static void Add(IComplexGraphType type, string name, Type graphType, Func<object, object?> read) =>
        type.AddField(new FieldType
        {
            Name = name,
            Type = graphType,
            Resolver = new FuncFieldResolver<object?>(context => context.Source is null ? null : read(context.Source)),
        });

    private static ObjectGraphType Object(string name, params (string Name, Type Type, Func<object, object?> Read)[] fields)
    {
        var type = new ObjectGraphType { Name = name };
        foreach (var (fieldName, graphType, read) in fields)
        {
            Add(type, fieldName, graphType, read);
        }

        return type;
    }

    private static ObjectGraphType MediaType()
    {
        var type = new ObjectGraphType { Name = "Media" };
        Add(type, "path", typeof(NonNullGraphType<StringGraphType>), s => (string)s);
        AddUrl(type, "url", path => MediaUrls.Of(path));
        AddUrl(type, "thumbnailUrl", path => MediaUrls.HasVariants(path) ? MediaUrls.OfVariant(path, MediaVariant.Thumbnail) : null);
        AddUrl(type, "mediumUrl", path => MediaUrls.HasVariants(path) ? MediaUrls.OfVariant(path, MediaVariant.Medium) : null);
        return type;
    }

    private static void AddUrl(ObjectGraphType type, string name, Func<string, string?> relative) =>
        type.AddField(new FieldType
        {
            Name = name,
            Type = typeof(StringGraphType),
            Resolver = new FuncFieldResolver<object?>(context =>
            {
                var url = context.Source is string path ? relative(path) : null;
                var request = context.RequestServices?.GetService<IHttpContextAccessor>()?.HttpContext?.Request;
                return url is null || request is null ? url : $"{request.Scheme}://{request.Host}{request.PathBase}{url}";
            }),
        });

    private static EnumerationGraphType Status_()
    {
        var type = new EnumerationGraphType { Name = "ContentStatus" };
        type.Add("PUBLISHED", ContentStatus.Published, "Published versions (the default).");
        type.Add("DRAFT", ContentStatus.Draft, "Unpublished latest versions the caller may see.");
        type.Add("LATEST", ContentStatus.Latest, "Latest versions, draft or published.");
        type.Add("ALL", ContentStatus.All, "Latest and published versions.");
        return type;
    }

    private static EnumerationGraphType SortDirection_()
    {
        var type = new EnumerationGraphType { Name = "SortDirection" };
        type.Add("ASC", false);
        type.Add("DESC", true);
        return type;
    }
}
