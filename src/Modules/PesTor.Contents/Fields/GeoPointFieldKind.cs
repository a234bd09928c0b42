using PesTor.ContentFields;
using PesTor.Contents.Validation;
using PesTor.Indexing;

namespace PesTor.Contents.Fields;

/// <summary>A point on the map (WGS 84 latitude and longitude).</summary>
public sealed class GeoPointFieldKind : IContentFieldKind
{
    public string Name => FieldKinds.GeoPoint;

    public IndexKind IndexKind => IndexKind.GeoPoint;

    public ValueTask ValidateAsync(FieldValueContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        GeoPointRules.Check(context.Read<GeoPointField>(), context.Settings<GeoPointFieldSettings>().Required, context.Fail);
        return ValueTask.CompletedTask;
    }

    public IEnumerable<FieldIndexRow> Index(FieldValueContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return IndexRows.GeoPoint(context.PartName, context.Field.Name, context.Read<GeoPointField>()) is { } row ? [row] : [];
    }
}
