using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace PesTor.Search.Services;

/// <summary>Counts matching documents per content type from the type's doc values, without loading any document.</summary>
internal sealed class TypeCountCollector : ICollector
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private SortedDocValues? _types;
    private int[] _segmentCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public IReadOnlyDictionary<string, int> Counts
    {
        get
        {
            Flush();
            return _counts;
        }
    }

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _types = context.AtomicReader.GetSortedDocValues(SearchFields.Type);
        _segmentCounts = new int[_types?.ValueCount ?? 0];
    }

    public void Collect(int doc)
    {
        if (_types?.GetOrd(doc) is >= 0 and var ord)
        {
            _segmentCounts[ord]++;
        }
    }

    private void Flush()
    {
        if (_types is null)
        {
            return;
        }

        var name = new BytesRef();
        for (var ord = 0; ord < _segmentCounts.Length; ord++)
        {
            if (_segmentCounts[ord] > 0)
            {
                _types.LookupOrd(ord, name);
                var type = name.Utf8ToString();
                _counts[type] = _counts.GetValueOrDefault(type) + _segmentCounts[ord];
            }
        }

        _types = null;
        _segmentCounts = [];
    }
}
