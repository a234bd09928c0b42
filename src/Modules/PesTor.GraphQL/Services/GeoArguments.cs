using System.Globalization;
using GraphQL;
using GraphQL.Types;
using PesTor.ContentFields;
using PesTor.Queries;

namespace PesTor.GraphQL.Services;

/// <summary>
/// The place arguments of a type with a location: <c>near: { latitude, longitude, radiusKm }</c> and
/// <c>bbox: { minLatitude, minLongitude, maxLatitude, maxLongitude }</c> on its list and count fields. They become the
/// content query's <see cref="ContentFilter.Near"/> / <see cref="ContentFilter.WithinBox"/> leaves, ANDed with <c>where</c>,
/// so the database filters (items without a location never match). One instance per schema build: the input types are
/// shared by every type's fields, and a schema may hold one instance per name.
/// </summary>
internal sealed class GeoArguments
{
    public const string NearArgument = "near";
    public const string BoxArgument = "bbox";

    // The field's location (part + field) is kept on the list and count fields, where the resolver finds it.
    private const string LocationMetadata = "PesTor.Location";

    private readonly InputObjectGraphType _near = Input("GeoNearInput",
        "A circle on the Earth's surface: items whose location is at most radiusKm kilometres (great-circle) from the centre.",
        ("latitude", "The centre's latitude in degrees, -90 to 90."),
        ("longitude", "The centre's longitude in degrees, -180 to 180."),
        ("radiusKm", $"The radius in kilometres, 0 to {GeoNearFilter.MaxRadiusKm}."));

    private readonly InputObjectGraphType _box = Input("GeoBoxInput",
        "A latitude/longitude box in degrees (WGS 84), edges included. minLongitude greater than maxLongitude means the box crosses the 180th meridian.",
        ("minLatitude", "The south edge, -90 to 90."),
        ("minLongitude", "The west edge, -180 to 180."),
        ("maxLatitude", "The north edge, -90 to 90, not south of minLatitude."),
        ("maxLongitude", "The east edge, -180 to 180."));

    /// <summary>
    /// The location the place arguments filter: the type's first GeoPoint field, its own fields before named parts'
    /// (a type with several locations filters the first; the argument's description names it). Null when the type has none.
    /// </summary>
    public static FieldShape? LocationOf(PartShape? ownPart, IEnumerable<PartShape> namedParts) =>
        (ownPart is null ? namedParts : namedParts.Prepend(ownPart))
            .SelectMany(p => p.Fields)
            .FirstOrDefault(f => f.Kind == FieldKinds.GeoPoint);

    /// <summary>Adds <c>near</c> and <c>bbox</c> to the type's list and count fields when the type has a location.</summary>
    public void Add(ObjectGraphType query, string listField, string countField, FieldShape? location)
    {
        if (location is null)
        {
            return;
        }

        foreach (var field in new[] { query.GetField(listField), query.GetField(countField) }.OfType<FieldType>())
        {
            field.Arguments ??= new QueryArguments();
            field.Arguments.Add(new QueryArgument(_near)
            {
                Name = NearArgument,
                Description = $"Only items whose {location.Part}.{location.Field} is within the circle.",
            });
            field.Arguments.Add(new QueryArgument(_box)
            {
                Name = BoxArgument,
                Description = $"Only items whose {location.Part}.{location.Field} lies in the box.",
            });
            field.WithMetadata(LocationMetadata, location);
        }
    }

    /// <summary>
    /// <paramref name="where"/> with the field's place arguments ANDed to it. A value out of range is the caller's error:
    /// an execution error on the field (so it has the field's path) whose message starts with the argument (<c>near.latitude</c>).
    /// </summary>
    public static ContentFilter? With(ContentFilter? where, IResolveFieldContext context)
    {
        if (context.FieldDefinition.GetMetadata<FieldShape?>(LocationMetadata) is not { } location)
        {
            return where;
        }

        var filters = new List<ContentFilter>();
        if (where is not null)
        {
            filters.Add(where);
        }

        if (Argument(context, NearArgument) is { } near)
        {
            var latitude = Number(near, NearArgument, "latitude", -90, 90);
            var longitude = Number(near, NearArgument, "longitude", -180, 180);
            var radiusKm = Number(near, NearArgument, "radiusKm", 0, GeoNearFilter.MaxRadiusKm);
            filters.Add(ContentFilter.Near(location.Part, location.Field, latitude, longitude, radiusKm));
        }

        if (Argument(context, BoxArgument) is { } bbox)
        {
            var south = Number(bbox, BoxArgument, "minLatitude", -90, 90);
            var west = Number(bbox, BoxArgument, "minLongitude", -180, 180);
            var north = Number(bbox, BoxArgument, "maxLatitude", -90, 90);
            var east = Number(bbox, BoxArgument, "maxLongitude", -180, 180);
            if (south > north)
            {
                throw Invalid($"{BoxArgument}.minLatitude", $"{BoxArgument}.minLatitude ({Text(south)}) must not be greater than maxLatitude ({Text(north)}).");
            }

            filters.Add(ContentFilter.WithinBox(location.Part, location.Field, new GeoBox(south, west, north, east)));
        }

        return filters.Count switch
        {
            0 => null,
            1 => filters[0],
            _ => ContentFilter.And([.. filters]),
        };
    }

    private static IDictionary<string, object?>? Argument(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) ? value.Value as IDictionary<string, object?> : null;

    // The input fields are non-null Floats, so GraphQL has already refused missing or non-numeric values; the range is ours.
    private static double Number(IDictionary<string, object?> input, string argument, string name, double minimum, double maximum)
    {
        var value = Convert.ToDouble(input[name], CultureInfo.InvariantCulture);
        return double.IsFinite(value) && value >= minimum && value <= maximum
            ? value
            : throw Invalid($"{argument}.{name}", $"{argument}.{name} must be between {Text(minimum)} and {Text(maximum)} (it is {Text(value)}).");
    }

    private static ExecutionError Invalid(string inputPath, string message)
    {
        var error = new ExecutionError(message) { Code = "INVALID_ARGUMENT" };
        error.Data["inputPath"] = inputPath;
        return error;
    }

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static InputObjectGraphType Input(string name, string description, params (string Name, string Description)[] fields)
    {
        var input = new InputObjectGraphType { Name = name, Description = description };
        foreach (var (fieldName, fieldDescription) in fields)
        {
            input.AddField(new FieldType { Name = fieldName, Type = typeof(NonNullGraphType<FloatGraphType>), Description = fieldDescription });
        }

        return input;
    }
}
