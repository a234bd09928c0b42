namespace PesTor.GraphQL;

/// <summary>The key of the GraphiQL page's texts (<c>IStringLocalizer&lt;GraphiQlTexts&gt;</c>): Polish keys, English in Resources.</summary>
public sealed class GraphiQlTexts;
