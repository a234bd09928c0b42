using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PesTor.Search.Services;

/// <summary>
/// Builds a Lucene query from what a person typed, without Lucene's query syntax, so no input can be a syntax error:
/// text in double quotes is a phrase, every other word must match (in the title, which counts more, the body or a
/// keyword field), and the last word also matches as a prefix while the person is still typing it. A prefix is one term of
/// the title's and the body's edge n-gram fields (<see cref="SearchFields.TitlePrefix"/>, <see cref="SearchFields.BodyPrefix"/>),
/// not an expansion over every word that starts with it.
/// </summary>
/// <param name="indexedPrefixes">
/// Whether the index searched has the n-gram fields (<see cref="LuceneIndex.HasCurrentSchema"/>). An index written by an
/// older version, still serving until its rebuild commits, is asked with prefix expansions over the plain title and body,
/// which give the same matches more slowly.
/// </param>
internal sealed class SearchQueryBuilder(PolishAnalyzer analyzer, bool indexedPrefixes = true)
{
    /// <summary>A title match outweighs a body match of the same word.</summary>
    public const float TitleBoost = 4f;

    /// <summary>Prefixes shorter than this would match most of the index and say nothing.</summary>
    public const int MinPrefixLength = 2;

    /// <summary>The longest word beginning indexed in <see cref="SearchFields.TitlePrefix"/>; longer ones expand as a prefix query.</summary>
    public const int MaxIndexedPrefixLength = 20;

    /// <summary>
    /// The longest word beginning indexed in <see cref="SearchFields.BodyPrefix"/>. Shorter than the title's: bodies are long,
    /// and a longer beginning starts few enough words that expanding it is cheap.
    /// </summary>
    public const int MaxBodyPrefixLength = 10;

    /// <summary>A completion of the word in the body counts less than the whole word.</summary>
    private const float BodyPrefixBoost = 0.5f;

    /// <summary>The query, or null when the text holds no word at all (only punctuation or spaces).</summary>
    public BuiltQuery? Build(string text, bool prefixLastWord = true)
    {
        var query = new BooleanQuery();
        var snippet = new SnippetTerms();
        var parts = Split(text);
        for (var i = 0; i < parts.Count; i++)
        {
            var (segment, quoted) = parts[i];
            var terms = analyzer.Terms(segment);
            if (terms.Count == 0)
            {
                continue;
            }

            var last = i == parts.Count - 1 && !quoted && prefixLastWord && !char.IsWhiteSpace(text[^1]);
            if (terms.Count > 1 || quoted)
            {
                query.Add(Phrase(terms), Occur.MUST);
                if (terms.Count > 1)
                {
                    snippet.Phrases.Add(terms);
                }
                else
                {
                    snippet.Words.Add(terms[0]);
                }
            }
            else
            {
                var prefix = last && terms[0].Length >= MinPrefixLength;
                query.Add(Word(terms[0], segment, prefix), Occur.MUST);
                if (prefix)
                {
                    snippet.Prefixes.Add(terms[0]);
                }
                else
                {
                    snippet.Words.Add(terms[0]);
                }
            }
        }

        return query.Clauses.Count == 0 ? null : new BuiltQuery(query, snippet);
    }

    /// <summary>For suggestions: every word typed must begin a word of the title ("spoldz soc" suggests "Spółdzielnia Socjalna").</summary>
    public Query? BuildTitlePrefix(string text)
    {
        var terms = analyzer.Terms(text);
        if (terms.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery();
        for (var i = 0; i < terms.Count; i++)
        {
            var finished = i == terms.Count - 1 && char.IsWhiteSpace(text[^1]);
            query.Add(finished || terms[i].Length < MinPrefixLength
                ? new TermQuery(new Term(SearchFields.Title, terms[i]))
                : TitlePrefix(terms[i]), Occur.MUST);
        }

        return query;
    }

    private BooleanQuery Word(string term, string raw, bool prefix)
    {
        var word = new BooleanQuery
        {
            { new TermQuery(new Term(SearchFields.Title, term)) { Boost = TitleBoost }, Occur.SHOULD },
            { new TermQuery(new Term(SearchFields.Body, term)), Occur.SHOULD },
            { new TermQuery(new Term(SearchFields.Keyword, raw.Trim().ToLowerInvariant())), Occur.SHOULD },
        };
        if (prefix)
        {
            // Whole-word matches rank above completions of the word.
            var title = TitlePrefix(term);
            title.Boost = TitleBoost / 2;
            word.Add(title, Occur.SHOULD);
            word.Add(BodyPrefix(term), Occur.SHOULD);
        }

        return word;
    }

    /// <summary>Titles with a word that begins with <paramref name="term"/>: one indexed n-gram, or an expansion past the longest n-gram.</summary>
    private Query TitlePrefix(string term) => indexedPrefixes && term.Length <= MaxIndexedPrefixLength
        ? new TermQuery(new Term(SearchFields.TitlePrefix, term))
        : new PrefixQuery(new Term(SearchFields.Title, term));

    /// <summary>
    /// Bodies with a word that begins with <paramref name="term"/>, all scored alike (as the prefix expansion's constant-score
    /// rewrite scored them, so ranking is unchanged): one indexed n-gram, or an expansion past the longest n-gram.
    /// </summary>
    private Query BodyPrefix(string term) => indexedPrefixes && term.Length <= MaxBodyPrefixLength
        ? new ConstantScoreQuery(new TermQuery(new Term(SearchFields.BodyPrefix, term))) { Boost = BodyPrefixBoost }
        : new PrefixQuery(new Term(SearchFields.Body, term)) { Boost = BodyPrefixBoost };

    private static BooleanQuery Phrase(IReadOnlyList<string> terms)
    {
        var title = new PhraseQuery { Boost = TitleBoost };
        var body = new PhraseQuery();
        foreach (var term in terms)
        {
            title.Add(new Term(SearchFields.Title, term));
            body.Add(new Term(SearchFields.Body, term));
        }

        return new BooleanQuery { { title, Occur.SHOULD }, { body, Occur.SHOULD } };
    }

    /// <summary>Quoted segments and single words, in order. An unclosed quote runs to the end.</summary>
    private static List<(string Segment, bool Quoted)> Split(string text)
    {
        var parts = new List<(string, bool)>();
        var position = 0;
        while (position < text.Length)
        {
            if (char.IsWhiteSpace(text[position]))
            {
                position++;
            }
            else if (text[position] == '"')
            {
                var end = text.IndexOf('"', position + 1);
                var phrase = end < 0 ? text[(position + 1)..] : text[(position + 1)..end];
                parts.Add((phrase, true));
                position = end < 0 ? text.Length : end + 1;
            }
            else
            {
                var end = position;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '"')
                {
                    end++;
                }

                parts.Add((text[position..end], false));
                position = end;
            }
        }

        return parts;
    }
}
