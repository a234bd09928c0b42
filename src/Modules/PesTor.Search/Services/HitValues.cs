using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace PesTor.Search.Services;

/// <summary>
/// Reads what a hit shows (its id, type and body text) from doc values, which are read in place. A stored-field read
/// decompresses the 16 KB block that holds the document from its start up to that document, for each of the page's hits:
/// at 100 000 entities that was about a tenth of a search. Bodies too long for a doc value
/// (<see cref="SearchDocumentFactory.MaxBodyDocValueBytes"/>), and documents of an index written before the doc values
/// (still served until its rebuild commits), are read from the stored fields.
/// </summary>
internal static class HitValues
{
    private static readonly ISet<string> StoredHitFields = new HashSet<string>(StringComparer.Ordinal) { SearchFields.Id, SearchFields.Type, SearchFields.Body };

    private static readonly ISet<string> StoredBody = new HashSet<string>(StringComparer.Ordinal) { SearchFields.Body };

    private static readonly ISet<string> StoredId = new HashSet<string>(StringComparer.Ordinal) { SearchFields.Id };

    public static (string Id, string Type, string? Body) Read(IndexSearcher searcher, int doc)
    {
        var (reader, local) = Leaf(searcher, doc);
        var ids = reader.GetBinaryDocValues(SearchFields.Id);
        var types = reader.GetSortedDocValues(SearchFields.Type);
        if (ids is null || types is null)
        {
            var stored = searcher.Doc(doc, StoredHitFields);
            return (stored.Get(SearchFields.Id), stored.Get(SearchFields.Type), stored.Get(SearchFields.Body));
        }

        var value = new BytesRef();
        ids.Get(local, value);
        var id = value.Utf8ToString();
        types.Get(local, value);
        var type = value.Utf8ToString();
        string? body = null;
        if (reader.GetBinaryDocValues(SearchFields.Body) is { } bodies)
        {
            bodies.Get(local, value);
            body = value.Length > 0 ? value.Utf8ToString() : null;
        }

        // No doc value: an empty body, or one too long for a doc value (stored instead).
        return (id, type, body ?? searcher.Doc(doc, StoredBody).Get(SearchFields.Body));
    }

    public static string Id(IndexSearcher searcher, int doc)
    {
        var (reader, local) = Leaf(searcher, doc);
        if (reader.GetBinaryDocValues(SearchFields.Id) is not { } ids)
        {
            return searcher.Doc(doc, StoredId).Get(SearchFields.Id);
        }

        var value = new BytesRef();
        ids.Get(local, value);
        return value.Utf8ToString();
    }

    private static (AtomicReader Reader, int Local) Leaf(IndexSearcher searcher, int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return (leaf.AtomicReader, doc - leaf.DocBase);
    }
}
