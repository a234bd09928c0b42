using System.Globalization;
using Microsoft.Extensions.Logging;
using PesTor.Data;
using PesTor.Maps.Models;
using PesTor.Metadata;
using PesTor.Security;

namespace PesTor.Maps.Services;

/// <summary>
/// A layer's GeoJSON body for the current caller. When the caller may view every item of the layer's type (anonymous
/// visitors and editors alike see the published items of a public type), the body depends only on the filters and the
/// content, so it is served from <see cref="MapLayerCache"/> while no content or definition has changed since it was
/// built. Callers with narrower rights (their own items only) get a body built for them, never cached.
/// </summary>
public sealed partial class MapLayerBodies(
    MapFeatureQuery features,
    MapLayerCache cache,
    IContentVersion contentVersion,
    IContentDefinitionManager definitions,
    IContentAuthorizer authorizer,
    ICallerAccessor callers,
    ILogger<MapLayerBodies> logger)
{
    public async Task<MapLayerBody> GetAsync(MapLayer layer, MapFilters filters, CancellationToken cancellationToken)
    {
        var access = await authorizer.GetAccessAsync(callers.Caller, ContentAction.View, layer.ContentType, cancellationToken);
        if (access != ContentAccessLevel.All)
        {
            return await BuildAsync(layer, filters, cancellationToken);
        }

        // Read the version before the content: a change committed in between makes the next call rebuild, never the reverse.
        var document = await definitions.GetDocumentAsync(cancellationToken);
        var version = new MapLayerVersion(await contentVersion.CurrentAsync(cancellationToken), document.Identifier);
        var key = new MapLayerCacheKey(layer.Key, filters, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        if (cache.Find(key, version) is { } cached)
        {
            return cached;
        }

        var body = await BuildAsync(layer, filters, cancellationToken);
        cache.Store(key, version, body);
        LogBuilt(logger, layer.Key, body.Count, body.Body.Length, version.LastContentChange);
        return body;
    }

    private async Task<MapLayerBody> BuildAsync(MapLayer layer, MapFilters filters, CancellationToken cancellationToken)
    {
        var list = await features.ListAsync(layer, filters, cancellationToken);
        return new MapLayerBody(GeoJsonWriter.Write(list), list.Count);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Map layer {Layer} built and cached: {Count} features, {Bytes} bytes, at content change {LastContentChange}")]
    private static partial void LogBuilt(ILogger logger, string layer, int count, int bytes, long lastContentChange);
}
