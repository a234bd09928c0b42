using System.Net;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PesTor.Search.Services;

/// <summary>
/// Cuts a snippet out of a document's stored body around the matched words, which it finds in the body's term vector
/// (folded terms with their positions and character offsets). Nothing is analysed at search time: the earlier highlighter
/// ran the whole body through the analyzer for each of the ten hits (about 1.7 MB allocated per search). The text is
/// HTML-escaped; only the <c>&lt;mark&gt;</c> elements around matched words are markup.
/// </summary>
internal static class SnippetBuilder
{
    public const int Length = 160;

    /// <summary>How much text before the first match in the window is kept, so a snippet rarely starts at the matched word.</summary>
    private const int Lead = 30;

    public static string? Build(IndexReader reader, int doc, string? body, SnippetTerms terms)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        var matches = terms.IsEmpty ? [] : Matches(reader.GetTermVector(doc, SearchFields.Body), body.Length, terms);
        if (matches.Count == 0)
        {
            // A hit in the title or a keyword field only: the beginning of the body.
            return WebUtility.HtmlEncode(body.Length <= Length ? body : body[..Length] + "…");
        }

        // The window of Length characters that holds the most matches, starting just before one of them.
        var best = 0;
        var bestCount = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            var count = 0;
            while (i + count < matches.Count && matches[i + count].End - matches[i].Start <= Length - Lead)
            {
                count++;
            }

            if (count > bestCount)
            {
                (best, bestCount) = (i, count);
            }
        }

        var from = WordStart(body, Math.Max(0, matches[best].Start - Lead), matches[best].Start);
        var to = Math.Min(body.Length, from + Length);
        if (to < body.Length)
        {
            to = WordEnd(body, to, matches[best].End);
        }

        var snippet = new StringBuilder(to - from + 32);
        if (from > 0)
        {
            snippet.Append('…');
        }

        var position = from;
        foreach (var (start, end) in matches)
        {
            if (start < position || end > to)
            {
                continue;
            }

            snippet.Append(WebUtility.HtmlEncode(body[position..start])).Append("<mark>")
                .Append(WebUtility.HtmlEncode(body[start..end])).Append("</mark>");
            position = end;
        }

        snippet.Append(WebUtility.HtmlEncode(body[position..to]));
        if (to < body.Length)
        {
            snippet.Append('…');
        }

        return snippet.ToString();
    }

    /// <summary>The matched words' character ranges in the body, in text order, without overlaps.</summary>
    private static List<(int Start, int End)> Matches(Terms? vector, int bodyLength, SnippetTerms terms)
    {
        var matches = new List<(int Start, int End)>();
        if (vector is null || !vector.HasOffsets)
        {
            return matches;
        }

        var phraseWords = terms.Phrases.SelectMany(p => p).ToHashSet(StringComparer.Ordinal);
        var occurrences = new Dictionary<string, Dictionary<int, (int Start, int End)>>(StringComparer.Ordinal);
        var termsEnum = vector.GetEnumerator();
        DocsAndPositionsEnum? positions = null;
        while (termsEnum.MoveNext())
        {
            var term = termsEnum.Term.Utf8ToString();
            var word = terms.MatchesWord(term);
            var inPhrase = phraseWords.Contains(term);
            if (!word && !inPhrase)
            {
                continue;
            }

            positions = termsEnum.DocsAndPositions(null, positions);
            if (positions is null || positions.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
            {
                continue;
            }

            for (var i = 0; i < positions.Freq; i++)
            {
                var position = positions.NextPosition();
                var range = (positions.StartOffset, positions.EndOffset);
                if (range.StartOffset < 0 || range.EndOffset > bodyLength || range.StartOffset >= range.EndOffset)
                {
                    continue;
                }

                if (word)
                {
                    matches.Add(range);
                }

                if (inPhrase)
                {
                    if (!occurrences.TryGetValue(term, out var at))
                    {
                        occurrences[term] = at = [];
                    }

                    at[position] = range;
                }
            }
        }

        // A phrase is marked only where its words follow each other.
        foreach (var phrase in terms.Phrases)
        {
            if (!occurrences.TryGetValue(phrase[0], out var firsts))
            {
                continue;
            }

            foreach (var (position, range) in firsts)
            {
                var ranges = new List<(int, int)> { range };
                for (var k = 1; k < phrase.Count && occurrences.TryGetValue(phrase[k], out var next) && next.TryGetValue(position + k, out var following); k++)
                {
                    ranges.Add(following);
                }

                if (ranges.Count == phrase.Count)
                {
                    matches.AddRange(ranges);
                }
            }
        }

        matches.Sort();
        var distinct = new List<(int Start, int End)>(matches.Count);
        foreach (var match in matches)
        {
            if (distinct.Count == 0 || match.Start >= distinct[^1].End)
            {
                distinct.Add(match);
            }
        }

        return distinct;
    }

    /// <summary>Moves a cut forward to the start of a word (never past <paramref name="limit"/>), so a snippet does not begin mid-word.</summary>
    private static int WordStart(string body, int from, int limit)
    {
        if (from == 0)
        {
            return 0;
        }

        for (var i = from; i < limit; i++)
        {
            if (char.IsWhiteSpace(body[i - 1]) && !char.IsWhiteSpace(body[i]))
            {
                return i;
            }
        }

        return limit;
    }

    /// <summary>Moves a cut back to the end of a word (never before <paramref name="limit"/>), so a snippet does not end mid-word.</summary>
    private static int WordEnd(string body, int to, int limit)
    {
        for (var i = to; i > limit; i--)
        {
            if (char.IsWhiteSpace(body[i]))
            {
                return i;
            }
        }

        return to;
    }
}
