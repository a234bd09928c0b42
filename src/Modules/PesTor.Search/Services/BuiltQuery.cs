using Lucene.Net.Search;

namespace PesTor.Search.Services;

/// <summary>A Lucene query built from typed text, with the body terms it matches for snippets.</summary>
internal sealed record BuiltQuery(Query Query, SnippetTerms Snippet);
