using System.Globalization;
using System.Runtime.CompilerServices;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace PesTor.Search.Services;

/// <summary>
/// One Lucene index on this node's disk, with the outbox cursor it has caught up to. The cursor is written in the same
/// commit as the documents (the commit's user data), so the index and the cursor move together: after a crash the index
/// is at its last commit and replays from that commit's cursor. Writes come from one indexer at a time; searches use
/// near-real-time readers refreshed after each commit.
/// </summary>
internal sealed class LuceneIndex : IDisposable
{
    private const string CursorKey = "outboxCursor";
    private const string SchemaKey = "schema";

    /// <summary>
    /// The shape of the documents this code writes, kept in the commit's user data. 2: the body keeps term vectors with
    /// offsets (snippets) and titles have an edge n-gram field (prefixes). 4: bodies have an edge n-gram field too, and the
    /// id and body are doc values (a hit is read without decompressing stored fields). An index written with another shape
    /// is rebuilt; until the rebuild commits, searches see the old documents and ask them with queries that do without the
    /// newer fields (<see cref="HasCurrentSchema"/>).
    /// </summary>
    private const string Schema = "4";

    /// <summary>Per reader (a commit seen by searches): whether its documents have this code's shape.</summary>
    private static readonly ConditionalWeakTable<IndexReader, object> CurrentSchema = new();

    private readonly string _folder;
    private readonly PolishAnalyzer _analyzer;
    private FSDirectory _directory = null!;
    private IndexWriter _writer = null!;
    private SearcherManager _searchers = null!;

    public LuceneIndex(string folder, PolishAnalyzer analyzer)
    {
        _folder = folder;
        _analyzer = analyzer;
        Open();
    }

    /// <summary>The last outbox message id whose effect is in the last commit.</summary>
    public long Cursor { get; private set; }

    /// <summary>The last commit was written by code that shaped documents differently: the index must be rebuilt.</summary>
    public bool OutdatedSchema { get; private set; }

    public void Update(string contentItemId, Document document) => _writer.UpdateDocument(new Term(SearchFields.Id, contentItemId), document);

    public void Delete(string contentItemId) => _writer.DeleteDocuments(new Term(SearchFields.Id, contentItemId));

    public void DeleteAll() => _writer.DeleteAll();

    /// <summary>
    /// Merges the index into one segment (after a rebuild). Every search pays per segment: a term lookup per query term,
    /// scorers, and the disjunction scorer's bucket table (2 048 objects); at 100 000 entities a rebuild otherwise leaves
    /// seven segments. Later updates add small segments that the merge policy folds in as usual.
    /// </summary>
    public void MergeIntoOneSegment() => _writer.ForceMerge(1);

    /// <summary>Makes the changes since the last commit durable together with the new cursor, then shows them to searches.</summary>
    public void Commit(long cursor)
    {
        _writer.SetCommitData(new Dictionary<string, string> { [CursorKey] = cursor.ToString(CultureInfo.InvariantCulture), [SchemaKey] = Schema });
        _writer.Commit();
        Cursor = cursor;
        OutdatedSchema = false;
        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>Throws away every change since the last commit (a failed batch), as if the process had died before it.</summary>
    public void Discard()
    {
        _searchers.Dispose();
        _writer.Rollback();
        _directory.Dispose();
        Open();
    }

    public T Search<T>(Func<IndexSearcher, T> search)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>
    /// Whether the documents a searcher sees were written with this code's shape: read from the user data of the commit the
    /// reader shows (remembered per reader), so it flips exactly when a rebuild's commit becomes visible. An empty index
    /// that never committed has no documents of any shape.
    /// </summary>
    public static bool HasCurrentSchema(IndexReader reader) => (bool)CurrentSchema.GetValue(reader, static r => (object)(
        r is not DirectoryReader directory || !IsOutdated(directory.IndexCommit.UserData)));

    /// <summary>Documents searches can see (committed ones).</summary>
    public int DocumentCount => Search(s => s.IndexReader.NumDocs);

    public void Dispose()
    {
        _searchers.Dispose();
        // Nothing uncommitted is kept: a batch either committed or was discarded.
        _writer.Rollback();
        _directory.Dispose();
    }

    private void Open()
    {
        System.IO.Directory.CreateDirectory(_folder);
        _directory = FSDirectory.Open(_folder);
        _writer = new IndexWriter(_directory, new IndexWriterConfig(PolishAnalyzer.Version, _analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND });
        var committed = _writer.CommitData;
        Cursor = committed.TryGetValue(CursorKey, out var value) ? long.Parse(value, CultureInfo.InvariantCulture) : 0;
        OutdatedSchema = IsOutdated(committed);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    private static bool IsOutdated(IDictionary<string, string> commitData) =>
        commitData.ContainsKey(CursorKey) && (!commitData.TryGetValue(SchemaKey, out var schema) || schema != Schema);
}
