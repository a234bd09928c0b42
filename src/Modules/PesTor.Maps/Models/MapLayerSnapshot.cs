using System.Buffers;
using PesTor.Maps.Services;

namespace PesTor.Maps.Models;

/// <summary>
/// A layer as the cache keeps it: the body, where in it each feature's bytes lie (features ordered by item id, ordinal,
/// so the same content gives the same bytes and ETag however it was built), the category names the features were
/// written with, and the content it reflects (<see cref="Stamp"/>). After a few content changes <see cref="Update"/>
/// writes only the changed items' features and copies the other features' bytes, instead of reading every item again.
/// </summary>
public sealed class MapLayerSnapshot
{
    private readonly string[] _ids;
    private readonly int[] _starts;
    private readonly int[] _lengths;

    private MapLayerSnapshot(MapLayerBody body, string[] ids, int[] starts, int[] lengths, IReadOnlyDictionary<string, string> labels, MapLayerStamp stamp)
    {
        Body = body;
        _ids = ids;
        _starts = starts;
        _lengths = lengths;
        Labels = labels;
        Stamp = stamp;
    }

    public MapLayerBody Body { get; }

    /// <summary>The category names (value → name) the features were written with.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; }

    public MapLayerStamp Stamp { get; }

    /// <summary>What the cache counts for this entry: the body and, per feature, its id and slice.</summary>
    public long Size => Body.Body.Length + (_ids.Length * 64L) + 256;

    public static MapLayerSnapshot Create(IReadOnlyList<MapFeature> features, IReadOnlyDictionary<string, string> labels, MapLayerStamp stamp)
    {
        var sorted = features.ToArray();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Id, b.Id));
        var ids = new string[sorted.Length];
        var starts = new int[sorted.Length];
        var lengths = new int[sorted.Length];
        using var buffer = new PooledBufferWriter(sorted.Length * 320 + 64);
        using var json = GeoJsonWriter.CreateWriter(buffer);
        buffer.Write(GeoJsonWriter.Start);
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i > 0)
            {
                buffer.Write(","u8);
            }

            ids[i] = sorted[i].Id;
            starts[i] = buffer.WrittenCount;
            GeoJsonWriter.WriteFeature(json, sorted[i]);
            lengths[i] = buffer.WrittenCount - starts[i];
        }

        buffer.Write(GeoJsonWriter.End);
        return new MapLayerSnapshot(new MapLayerBody(buffer.WrittenSpan.ToArray(), ids.Length), ids, starts, lengths, labels, stamp);
    }

    /// <summary>
    /// This layer after the items <paramref name="changed"/> changed: their old features go, <paramref name="features"/>
    /// (what the query now finds of them: the ones still published, placed and within the filters) come in. When the
    /// bytes come out the same (a change to something the map does not show), the body — its ETag and compressed forms —
    /// is kept.
    /// </summary>
    public MapLayerSnapshot Update(IReadOnlyCollection<string> changed, IReadOnlyList<MapFeature> features, MapLayerStamp stamp)
    {
        var replaced = changed as IReadOnlySet<string> ?? new HashSet<string>(changed, StringComparer.Ordinal);
        var added = features.ToArray();
        Array.Sort(added, (a, b) => string.CompareOrdinal(a.Id, b.Id));

        // The changed items' features, written apart; then the merge is planned, so the body is allocated once at its size.
        using var fresh = new PooledBufferWriter((added.Length * 320) + 64);
        var freshStarts = new int[added.Length];
        var freshLengths = new int[added.Length];
        using (var json = GeoJsonWriter.CreateWriter(fresh))
        {
            for (var k = 0; k < added.Length; k++)
            {
                freshStarts[k] = fresh.WrittenCount;
                GeoJsonWriter.WriteFeature(json, added[k]);
                freshLengths[k] = fresh.WrittenCount - freshStarts[k];
            }
        }

        var old = Body.Body;
        var freshBytes = fresh.WrittenSpan;
        var pieces = new List<(bool Fresh, int Index)>(_ids.Length + added.Length);
        var bodyChanged = false;
        int i = 0, j = 0;
        while (i < _ids.Length || j < added.Length)
        {
            var order = i >= _ids.Length ? 1 : j >= added.Length ? -1 : string.CompareOrdinal(_ids[i], added[j].Id);
            if (order < 0)
            {
                // An item the query no longer finds (unpublished, removed, moved out of the filters) goes.
                bodyChanged |= replaced.Contains(_ids[i]);
                if (!replaced.Contains(_ids[i]))
                {
                    pieces.Add((false, i));
                }

                i++;
            }
            else if (order > 0)
            {
                bodyChanged = true;
                pieces.Add((true, j++));
            }
            else
            {
                bodyChanged |= !old.AsSpan(_starts[i], _lengths[i]).SequenceEqual(freshBytes.Slice(freshStarts[j], freshLengths[j]));
                pieces.Add((true, j++));
                i++;
            }
        }

        if (!bodyChanged)
        {
            return new MapLayerSnapshot(Body, _ids, _starts, _lengths, Labels, stamp);
        }

        var size = GeoJsonWriter.Start.Length + GeoJsonWriter.End.Length + Math.Max(0, pieces.Count - 1);
        foreach (var (isFresh, index) in pieces)
        {
            size += isFresh ? freshLengths[index] : _lengths[index];
        }

        var body = new byte[size];
        var ids = new string[pieces.Count];
        var starts = new int[pieces.Count];
        var lengths = new int[pieces.Count];
        GeoJsonWriter.Start.CopyTo(body);
        var at = GeoJsonWriter.Start.Length;
        for (var p = 0; p < pieces.Count; p++)
        {
            if (p > 0)
            {
                body[at++] = (byte)',';
            }

            var (isFresh, index) = pieces[p];
            var bytes = isFresh ? freshBytes.Slice(freshStarts[index], freshLengths[index]) : old.AsSpan(_starts[index], _lengths[index]);
            bytes.CopyTo(body.AsSpan(at));
            ids[p] = isFresh ? added[index].Id : _ids[index];
            starts[p] = at;
            lengths[p] = bytes.Length;
            at += bytes.Length;
        }

        GeoJsonWriter.End.CopyTo(body.AsSpan(at));
        return new MapLayerSnapshot(new MapLayerBody(body, ids.Length), ids, starts, lengths, Labels, stamp);
    }
}

/// <summary>
/// The content a cached layer reflects: every content change (outbox message id) up to <see cref="Head"/> except the
/// <see cref="Pending"/> ones — ids below the head that had not committed when they were read (on PostgreSQL an id is
/// taken before its transaction commits, so a lower id can commit after a higher one) — and the definitions' identifier.
/// The next update reads the outbox from <see cref="Cursor"/>, so a pending change is applied once it commits.
/// </summary>
public sealed record MapLayerStamp(long Head, IReadOnlyList<long> Pending, string Definitions)
{
    /// <summary>Every id up to here is reflected (or was given up as rolled back).</summary>
    public long Cursor => Pending.Count > 0 ? Pending[0] - 1 : Head;

    /// <summary>Whether the layer reflects the content up to <paramref name="head"/> with nothing in flight below it.</summary>
    public bool Covers(long head, string definitions) => Pending.Count == 0 && Head >= head && Definitions == definitions;
}
