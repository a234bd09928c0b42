using System.Runtime.CompilerServices;
using GraphQL.Types;
using GraphQLParser.AST;

namespace PesTor.GraphQL.Validation;

/// <summary>
/// Which parsed documents already passed validation, and against which schema. Validation depends only on the document,
/// the schema, the chosen operation and the variables; a request that repeats a validated document (the same cached
/// <see cref="GraphQLDocument"/> from <see cref="ParsedDocuments"/>) with no operation name and no variables against the
/// same schema instance would get the same verdict, so it is not validated again — validating was about a tenth of a
/// small query's CPU. A definition change builds a new schema instance, so every document is validated afresh against it
/// (on every node: each node builds its schema from the definitions identifier it reads). Weak, so documents dropped from
/// <see cref="ParsedDocuments"/> are forgotten here too.
/// </summary>
internal sealed class ValidatedDocuments
{
    private readonly ConditionalWeakTable<GraphQLDocument, ISchema> _passed = [];

    /// <summary>Whether this request may skip validation: only repeats without an operation name or variables qualify.</summary>
    public static bool Qualifies(string? operationName, object? variables) => operationName is null && variables is null;

    public bool Passed(GraphQLDocument document, ISchema schema) => _passed.TryGetValue(document, out var validatedFor) && ReferenceEquals(validatedFor, schema);

    public void Remember(GraphQLDocument document, ISchema schema) => _passed.AddOrUpdate(document, schema);
}
