using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PesTor.Search.Services;

/// <summary>
/// What a caller may see in one index: the types they may see whole, and a filter that also admits their own items of
/// types they may only see when they own them. When every type the index holds is one the caller sees whole (the
/// public index for a visitor, either index for an administrator) the filter is left out: it would not remove anything,
/// and without it Lucene scores the matches in bulk instead of leap-frogging the query with the filter document by
/// document (at 100 000 entities, the largest single cost of a query matching most of the index).
/// </summary>
internal sealed class SearchAccess(IReadOnlySet<string> wholeTypes, Filter filter, bool byOwner)
{
    /// <summary>The content types with at least one document in a reader (deleted ones may still count until a merge).</summary>
    private static readonly ConditionalWeakTable<IndexReader, HashSet<string>> IndexedTypes = new();

    /// <summary>The filter to apply on this reader, or null when it would let every document through.</summary>
    public Filter? FilterFor(IndexReader reader) =>
        !byOwner && IndexedTypes.GetValue(reader, TypesOf).IsSubsetOf(wholeTypes) ? null : filter;

    private static HashSet<string> TypesOf(IndexReader reader)
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        var terms = MultiFields.GetTerms(reader, SearchFields.Type);
        if (terms is null)
        {
            return types;
        }

        var enumerator = terms.GetEnumerator();
        while (enumerator.MoveNext())
        {
            types.Add(enumerator.Term.Utf8ToString());
        }

        return types;
    }
}
