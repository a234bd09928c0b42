using System.Collections.Concurrent;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace PesTor.GraphQL.Validation;

/// <summary>
/// Parses query documents once and keeps them (clients send the same few documents again and again), and refuses
/// documents with more aliased fields than <see cref="MaxAliases"/> before validation runs: aliases are how one request
/// asks for the same list a thousand times, each its own resolver run, and validating that many overlapping fields is
/// itself slow (the overlap check compares them in pairs). Repeats without aliases are merged by GraphQL and resolved once.
/// </summary>
internal sealed class ParsedDocuments
{
    public const int MaxAliases = 30;

    // Enough for every document a set of consumers sends; when full it starts over rather than tracking use.
    private const int Capacity = 512;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    /// <summary>The parsed document, or null with the reason it is refused (syntax errors are left to the executer's message).</summary>
    public (GraphQLDocument? Document, string? Refusal) Parse(string query)
    {
        if (_documents.TryGetValue(query, out var cached))
        {
            return (cached, null);
        }

        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLSyntaxErrorException)
        {
            return (null, null);
        }

        if (CountAliases(document) > MaxAliases)
        {
            return (null, $"The document has more than {MaxAliases} aliased fields.");
        }

        if (_documents.Count >= Capacity)
        {
            _documents.Clear();
        }

        _documents[query] = document;
        return (document, null);
    }

    private static int CountAliases(GraphQLDocument document) =>
        document.Definitions.Sum(definition => definition switch
        {
            GraphQLOperationDefinition operation => CountAliases(operation.SelectionSet),
            GraphQLFragmentDefinition fragment => CountAliases(fragment.SelectionSet),
            _ => 0,
        });

    private static int CountAliases(GraphQLSelectionSet? selectionSet) =>
        selectionSet?.Selections.Sum(selection => selection switch
        {
            GraphQLField field => (field.Alias is null ? 0 : 1) + CountAliases(field.SelectionSet),
            GraphQLInlineFragment fragment => CountAliases(fragment.SelectionSet),
            _ => 0,
        }) ?? 0;
}
