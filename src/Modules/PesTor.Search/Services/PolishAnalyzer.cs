using Lucene.Net.Analysis;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace PesTor.Search.Services;

/// <summary>
/// Words (Unicode word boundaries), then ICU folding (<see cref="CachedFoldingFilter"/>): case, diacritics and compatibility forms, including letters with no
/// decomposition such as ł, so "laczka" and "Łączka" are the same term both at indexing and at query time.
/// No stemming: Polish inflection would need a dictionary stemmer, and prefix matching covers most endings while typing.
/// The title's and the body's prefix fields add the edge n-grams of each folded word.
/// </summary>
internal sealed class PolishAnalyzer : Analyzer
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Components per field: the prefix fields' chains differ from the others' (the default reuses one chain for every field).</summary>
    public PolishAnalyzer()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 100 };
        TokenStream folded = new CachedFoldingFilter(tokenizer);
        return new TokenStreamComponents(tokenizer, fieldName switch
        {
            SearchFields.TitlePrefix => new EdgeNGramTokenFilter(Version, folded, SearchQueryBuilder.MinPrefixLength, SearchQueryBuilder.MaxIndexedPrefixLength),
            SearchFields.BodyPrefix => new EdgeNGramTokenFilter(Version, folded, SearchQueryBuilder.MinPrefixLength, SearchQueryBuilder.MaxBodyPrefixLength),
            _ => folded,
        });
    }

    /// <summary>The folded terms of a piece of user input, in order.</summary>
    public IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = GetTokenStream(SearchFields.Body, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
