using System.Text.Json;
using PesTor.Data;
using PesTor.Maps.Models;

namespace PesTor.Maps.Services;

/// <summary>
/// Which items of a layer changed since a cached layer was built, read from the outbox (every create, update, publish,
/// unpublish, removal and import writes a message naming its item, in the change's own transaction, on any node). It
/// also stamps a full build with the ids still in flight below its head, so no change is lost to commit order.
/// </summary>
public sealed class MapLayerChangeFeed(IOutbox outbox, TimeProvider clock)
{
    /// <summary>More messages than this since the last build, and a full build is cheaper than sorting them out.</summary>
    public const int MaxMessages = 512;

    /// <summary>More changed items of the layer's type than this, and the layer is built in full.</summary>
    public const int MaxItems = 256;

    /// <summary>
    /// How long an id may stay missing below a committed message before it counts as rolled back: the change holding it
    /// took its id before that message did, so it would have run longer than any content transaction does.
    /// </summary>
    public static readonly TimeSpan GapGrace = TimeSpan.FromMinutes(10);

    // How far below a full build's head missing ids are looked for (as GraphQlResultStamps.SettledAsync does).
    private const int SettleWindow = 64;

    /// <summary>The stamp for a full build at <paramref name="head"/>; read before the content, so a missing id is really in flight.</summary>
    public async Task<MapLayerStamp> StampAsync(long head, string definitions, CancellationToken cancellationToken)
    {
        var from = Math.Max(0, head - SettleWindow);
        IReadOnlyList<OutboxMessage> recent = from == head ? [] : await outbox.ReadAfterAsync(from, SettleWindow, cancellationToken);
        return new MapLayerStamp(head, Gaps(from, head, recent), definitions);
    }

    /// <summary>
    /// The items of <paramref name="layer"/>'s type changed since <paramref name="since"/> (ids pending then and committed
    /// now included), whether the category taxonomy changed, and the new stamp; or why the layer must be built in full.
    /// </summary>
    public async Task<MapLayerChanges> ReadAsync(MapLayer layer, MapLayerStamp since, string? taxonomyId, CancellationToken cancellationToken)
    {
        var cursor = since.Cursor;
        var messages = await outbox.ReadAfterAsync(cursor, MaxMessages + 1, cancellationToken);
        if (messages.Count > MaxMessages)
        {
            return MapLayerChanges.Rebuild($"more than {MaxMessages} content changes since it was built");
        }

        var items = new HashSet<string>(StringComparer.Ordinal);
        var taxonomyChanged = false;
        foreach (var message in messages)
        {
            if (message.Id <= since.Head && !since.Pending.Contains(message.Id))
            {
                continue; // already in the layer
            }

            if (message.ContentItemId is not { } itemId)
            {
                if (message.Topic != OutboxTopics.ContentImported || ImportedIds(message.Payload) is not { } imported)
                {
                    return MapLayerChanges.Rebuild($"a change names no item ({message.Topic}, message {message.Id})");
                }

                // An import does not say its items' types: all of them are asked for, the query keeps the layer's.
                items.UnionWith(imported);
                taxonomyChanged |= taxonomyId is not null && imported.Contains(taxonomyId, StringComparer.Ordinal);
                continue;
            }

            taxonomyChanged |= string.Equals(itemId, taxonomyId, StringComparison.Ordinal);
            if (ContentTypeOf(message.Payload) is { } type && !string.Equals(type, layer.ContentType, StringComparison.Ordinal))
            {
                continue; // an item of another type: never on this layer
            }

            items.Add(itemId);
        }

        if (items.Count > MaxItems)
        {
            return MapLayerChanges.Rebuild($"{items.Count} items changed (more than {MaxItems})");
        }

        var head = messages.Count > 0 ? Math.Max(since.Head, messages[^1].Id) : since.Head;
        return new MapLayerChanges(new MapLayerStamp(head, Gaps(cursor, head, messages), since.Definitions), items, taxonomyChanged, null);
    }

    /// <summary>Ids in (<paramref name="from"/>, <paramref name="head"/>] not among <paramref name="messages"/> (read in id order), unless given up as rolled back.</summary>
    private long[] Gaps(long from, long head, IReadOnlyList<OutboxMessage> messages)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var gaps = new List<long>();
        var expected = from + 1;
        foreach (var message in messages)
        {
            if (message.Id > head)
            {
                break;
            }

            if (expected < message.Id && now - message.CreatedUtc < GapGrace)
            {
                for (var id = expected; id < message.Id; id++)
                {
                    gaps.Add(id);
                }
            }

            expected = message.Id + 1;
        }

        return [.. gaps];
    }

    /// <summary>The content type the content manager's message names (its payload carries it), or null when it does not.</summary>
    private static string? ContentTypeOf(string payload)
    {
        try
        {
            using var json = JsonDocument.Parse(payload);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("ContentType", out var type)
                ? type.GetString()
                : null;
        }
        catch (JsonException)
        {
            // Not the content manager's payload: the item is asked for whatever its type (the query keeps the layer's).
            return null;
        }
    }

    /// <summary>The ids an import message lists, or null when its payload is not such a list.</summary>
    private static string[]? ImportedIds(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<string[]>(payload);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>What <see cref="MapLayerChangeFeed.ReadAsync"/> found: the changed items and the new stamp, or why to build in full.</summary>
public sealed record MapLayerChanges(MapLayerStamp? Stamp, IReadOnlySet<string> Items, bool TaxonomyChanged, string? RebuildReason)
{
    public static MapLayerChanges Rebuild(string reason) => new(null, new HashSet<string>(), false, reason);
}
