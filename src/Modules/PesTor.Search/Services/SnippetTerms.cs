namespace PesTor.Search.Services;

/// <summary>
/// What a query matches in the body, in folded form, for marking it in a snippet: whole words, word beginnings (the word
/// still being typed) and phrases (marked only where their words stand next to each other).
/// </summary>
internal sealed class SnippetTerms
{
    public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

    public List<string> Prefixes { get; } = [];

    public List<IReadOnlyList<string>> Phrases { get; } = [];

    public bool IsEmpty => Words.Count == 0 && Prefixes.Count == 0 && Phrases.Count == 0;

    public bool MatchesWord(string term)
    {
        if (Words.Contains(term))
        {
            return true;
        }

        foreach (var prefix in Prefixes)
        {
            if (term.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
