using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace PesTor.Search.Services;

/// <summary>
/// One pass over the matches: counts every match per content type (from the type's doc values, without loading any
/// document) and passes the matches of the requested types on to the ranking collector. Counting and ranking used to be
/// two searches, each scoring every match and expanding every prefix again.
/// </summary>
internal sealed class TypeCountCollector(ICollector ranked, IReadOnlyCollection<string> rankedTypes) : ICollector
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private SortedDocValues? _types;
    private int[] _segmentCounts = [];

    /// <summary>Per ordinal of this segment: whether matches of that type are ranked (null: every type is).</summary>
    private bool[]? _rankedOrds;

    public bool AcceptsDocsOutOfOrder => ranked.AcceptsDocsOutOfOrder;

    /// <summary>Matches passed on to the ranking collector: those of the requested types.</summary>
    public int RankedTotal { get; private set; }

    public IReadOnlyDictionary<string, int> Counts
    {
        get
        {
            Flush();
            return _counts;
        }
    }

    public void SetScorer(Scorer scorer) => ranked.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        ranked.SetNextReader(context);
        _types = context.AtomicReader.GetSortedDocValues(SearchFields.Type);
        _segmentCounts = new int[_types?.ValueCount ?? 0];
        _rankedOrds = null;
        if (rankedTypes.Count > 0)
        {
            _rankedOrds = new bool[_segmentCounts.Length];
            foreach (var type in rankedTypes)
            {
                if (_types?.LookupTerm(new BytesRef(type)) is >= 0 and var ord)
                {
                    _rankedOrds[ord] = true;
                }
            }
        }
    }

    public void Collect(int doc)
    {
        var ord = _types?.GetOrd(doc) ?? -1;
        if (ord >= 0)
        {
            _segmentCounts[ord]++;
        }

        if (_rankedOrds is null || (ord >= 0 && _rankedOrds[ord]))
        {
            RankedTotal++;
            ranked.Collect(doc);
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
