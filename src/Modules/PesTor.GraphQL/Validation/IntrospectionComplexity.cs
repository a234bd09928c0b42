using GraphQL.Validation.Complexity;

namespace PesTor.GraphQL.Validation;

/// <summary>
/// Introspection costs nothing in the complexity count. Its size is bounded by the schema, not by data, yet the default
/// analysis multiplies its nested lists (types × fields × args × ofType…) like item lists: the standard introspection
/// query of GraphiQL and of client generators then scores millions and was refused. Depth still applies to it.
/// </summary>
internal static class IntrospectionComplexity
{
    private static readonly FieldComplexityResult Free = new(0, 1);

    public static ComplexityOptions FreeIntrospection(this ComplexityOptions options)
    {
        var content = options.DefaultComplexityImpactDelegate;
        options.DefaultComplexityImpactDelegate = context => IsIntrospection(context) ? Free : content(context);
        return options;
    }

    // __schema, __type, __typename, and every field of the introspection types (__Type, __Field, __InputValue, …).
    private static bool IsIntrospection(FieldImpactContext context) =>
        context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal)
        || context.ParentType.Name.StartsWith("__", StringComparison.Ordinal);
}
