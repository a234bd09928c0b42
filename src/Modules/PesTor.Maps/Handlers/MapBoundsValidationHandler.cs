using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.Handlers;
using PesTor.Maps.Models;
using PesTor.Maps.Services;
using PesTor.Metadata;
using PesTor.Security;

namespace PesTor.Maps.Handlers;

/// <summary>
/// Refuses a GeoPoint outside the site's map area (<see cref="MapSettings"/> South/West/North/East) on every save by a
/// person — the admin picker, the content API, GraphQL — so a mistyped coordinate never puts a Toruń organisation in the
/// sea. The picker says the same in the browser; this is the check that holds. The system (recipes, imports, seeding)
/// may place points anywhere: it loads data prepared elsewhere, and the area is a guard for editors, not a data rule.
/// </summary>
public sealed class MapBoundsValidationHandler(
    IContentDefinitionManager definitions,
    MapSettingsProvider settings,
    ICallerAccessor callers) : ContentHandlerBase
{
    public override async Task ValidatingAsync(ValidateContentContext context)
    {
        foreach (var error in await CheckAsync(context.ContentItem))
        {
            context.Result.Fail(error.Path, error.Message);
        }
    }

    private async Task<List<ContentValidationError>> CheckAsync(ContentItem item)
    {
        var errors = new List<ContentValidationError>();
        if (callers.IsSystem)
        {
            return errors;
        }

        var document = await definitions.GetDocumentAsync();
        if (document.FindType(item.ContentType) is not { } type)
        {
            return errors;
        }

        MapSettings? area = null;
        foreach (var typePart in type.Parts)
        {
            foreach (var field in document.FindPart(typePart.PartName)?.Fields ?? [])
            {
                if (field.FieldKind != FieldKinds.GeoPoint
                    || item.GetField<GeoPointField>(typePart.Name, field.Name) is not { Latitude: { } latitude, Longitude: { } longitude }
                    || latitude is < -90m or > 90m || longitude is < -180m or > 180m)
                {
                    // Empty, half-given and impossible points are the field's own checks.
                    continue;
                }

                area ??= await settings.GetAsync(CancellationToken.None);
                if (!MapArea.Contains(area, (double)latitude, (double)longitude))
                {
                    errors.Add(new ContentValidationError($"{typePart.Name}.{field.Name}", MapArea.OutsideMessage(area)));
                }
            }
        }

        return errors;
    }
}
