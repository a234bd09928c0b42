using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Icu;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace PesTor.Search.Services;

/// <summary>
/// Words (Unicode word boundaries), then ICU folding: case, diacritics and compatibility forms, including letters with no
/// decomposition such as ł, so "laczka" and "Łączka" are the same term both at indexing and at query time.
/// No stemming: Polish inflection would need a dictionary stemmer, and prefix matching covers most endings while typing.
/// </summary>
internal sealed class PolishAnalyzer : Analyzer
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 100 };
        return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
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
