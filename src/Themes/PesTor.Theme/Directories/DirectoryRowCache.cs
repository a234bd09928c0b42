using System.Collections.Concurrent;

namespace PesTor.Theme.Directories;

/// <summary>
/// Directory rows already rendered, shared by all requests (Orchard's dynamic cache for summary shapes, keyed the way a
/// row's text depends on things). A row is kept per version row and concurrency stamp of its item, directory and language,
/// within one generation — the content version and the definitions it was rendered at — because a row names terms and
/// picked items whose changes carry no stamp of its own: any change on any node starts a new generation, and the first
/// request that sees it drops the old rows. The query that picks and orders a page's items runs on every request; only
/// the text of an unchanged item is not rendered again.
/// </summary>
public sealed class DirectoryRowCache
{
    /// <summary>Bounds memory: beyond this, the generation starts over empty (about 300 bytes a row).</summary>
    private const int MaxRows = 20_000;

    private State _state = new(0, "", new ConcurrentDictionary<Key, Entry>());

    public Entry? Find(long version, string definitions, Key key)
    {
        var state = _state;
        return state.Version == version && state.Definitions == definitions && state.Rows.TryGetValue(key, out var entry) ? entry : null;
    }

    public void Store(long version, string definitions, Key key, Entry entry)
    {
        var state = _state;
        if (state.Version != version || state.Definitions != definitions || state.Rows.Count >= MaxRows)
        {
            // A request that read an older version must not replace a newer generation.
            if (version < state.Version)
            {
                return;
            }

            var fresh = new State(version, definitions, new ConcurrentDictionary<Key, Entry>());
            state = Interlocked.CompareExchange(ref _state, fresh, state) == state ? fresh : _state;
            if (state.Version != version || state.Definitions != definitions)
            {
                return;
            }
        }

        state.Rows[key] = entry;
    }

    /// <param name="VersionRowId">The stored version's row id (it changes with each new version).</param>
    public readonly record struct Key(long VersionRowId, string ConcurrencyStamp, string Directory, string Culture);

    /// <param name="Types">The content types the row's text drew on (taxonomies, picked items): it is served only to callers who may view every item of each.</param>
    public sealed record Entry(DirectoryRow Row, IReadOnlySet<string> Types);

    private sealed record State(long Version, string Definitions, ConcurrentDictionary<Key, Entry> Rows);
}
