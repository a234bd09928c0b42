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
/// content, so it is kept in <see cref="MapLayerCache"/>: served while no content or definition has changed since, and
/// after a few changes updated from the outbox's list of changed items (only those are read again, through the same
/// query with the same filters), so a change costs its own items rather than a read of the whole layer. Callers with
/// narrower rights (their own items only) get a body built for them, never cached.
/// </summary>
public sealed partial class MapLayerBodies(
    MapFeatureQuery features,
    MapLayerCache cache,
    MapLayerChangeFeed changes,
    IContentVersion contentVersion,
    IContentDefinitionManager definitions,
    IContentAuthorizer authorizer,
    ICallerAccessor callers,
    ILogger<MapLayerBodies> logger)
{
    public async Task<MapLayerBody> GetAsync(MapLayer layer, MapFilters filters, CancellationToken cancellationToken)
    {
        var document = await definitions.GetDocumentAsync(cancellationToken);
        if (document.FindType(layer.ContentType) is null)
        {
            // A site set up without this content type has nothing to show on this layer.
            return MapLayerSnapshot.Create([], new Dictionary<string, string>(), new MapLayerStamp(0, [], document.Identifier)).Body;
        }

        var access = await authorizer.GetAccessAsync(callers.Caller, ContentAction.View, layer.ContentType, cancellationToken);
        if (access != ContentAccessLevel.All)
        {
            var labels = await features.CategoryLabelsAsync(layer, document, cancellationToken);
            var own = await features.ListAsync(layer, filters, labels, null, cancellationToken);
            return MapLayerSnapshot.Create(own, labels, new MapLayerStamp(0, [], document.Identifier)).Body;
        }

        // The head is read before the content: a change committed in between is applied again by the next call, never lost.
        var head = await contentVersion.CurrentAsync(cancellationToken);
        var key = new MapLayerCacheKey(layer.Key, filters, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        if (cache.Find(key) is { } current && current.Stamp.Covers(head, document.Identifier))
        {
            return current.Body;
        }

        // Visitors arriving together after a change wait for one update instead of each making its own.
        using var turn = await cache.WaitTurnAsync(key, cancellationToken);
        var cached = cache.Find(key);
        if (cached is not null && cached.Stamp.Covers(head, document.Identifier))
        {
            return cached.Body;
        }

        var snapshot = cached is null ? null : await UpdateAsync(layer, filters, cached, document, cancellationToken);
        if (snapshot is null)
        {
            var stamp = await changes.StampAsync(head, document.Identifier, cancellationToken);
            var labels = await features.CategoryLabelsAsync(layer, document, cancellationToken);
            snapshot = MapLayerSnapshot.Create(await features.ListAsync(layer, filters, labels, null, cancellationToken), labels, stamp);
            LogBuilt(logger, layer.Key, snapshot.Body.Count, snapshot.Body.Body.Length, head, stamp.Pending.Count);
        }

        cache.Store(key, snapshot);
        return snapshot.Body;
    }

    /// <summary>The cached layer brought up to date with the items changed since it was built, or null when it must be built in full.</summary>
    private async Task<MapLayerSnapshot?> UpdateAsync(
        MapLayer layer, MapFilters filters, MapLayerSnapshot cached, ContentDefinitionDocument document, CancellationToken cancellationToken)
    {
        if (cached.Stamp.Definitions != document.Identifier)
        {
            LogFullRebuild(logger, layer.Key, "the content definitions changed");
            return null;
        }

        var changed = await changes.ReadAsync(layer, cached.Stamp, MapFeatureQuery.CategoryTaxonomyId(layer, document), cancellationToken);
        if (changed.RebuildReason is { } reason)
        {
            LogFullRebuild(logger, layer.Key, reason);
            return null;
        }

        // Category names come from the taxonomy's terms: a renamed or translated term renames every feature of its category.
        if (changed.TaxonomyChanged && !SameLabels(cached.Labels, await features.CategoryLabelsAsync(layer, document, cancellationToken)))
        {
            LogFullRebuild(logger, layer.Key, "the category names changed");
            return null;
        }

        var items = await features.ListAsync(layer, filters, cached.Labels, changed.Items, cancellationToken);
        var snapshot = cached.Update(changed.Items, items, changed.Stamp!);
        LogUpdated(logger, layer.Key, changed.Items.Count, items.Count, cached.Stamp.Head, snapshot.Stamp.Head, snapshot.Stamp.Pending.Count, snapshot.Body != cached.Body);
        return snapshot;
    }

    private static bool SameLabels(IReadOnlyDictionary<string, string> cached, IReadOnlyDictionary<string, string> current) =>
        cached.Count == current.Count && cached.All(pair => current.TryGetValue(pair.Key, out var name) && name == pair.Value);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Map layer {Layer} built in full and cached: {Count} features, {Bytes} bytes, at content change {Head} ({Pending} changes below it still in flight)")]
    private static partial void LogBuilt(ILogger logger, string layer, int count, int bytes, long head, int pending);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Map layer {Layer} built in full because {Reason}")]
    private static partial void LogFullRebuild(ILogger logger, string layer, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Map layer {Layer}: incremental update of {Changed} changed items ({Found} on the layer now), content change {From} to {To} ({Pending} still in flight); body changed: {BodyChanged}")]
    private static partial void LogUpdated(ILogger logger, string layer, int changed, int found, long from, long to, int pending, bool bodyChanged);
}
