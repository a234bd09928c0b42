using PesTor.ContentParts;
using PesTor.Contents.Validation;
using PesTor.Validation;
using PesTor.Indexing;

namespace PesTor.Contents.Parts;

/// <summary>
/// A taxonomy's terms: each needs an id that fields can point at and a name; a missing slug is made from the name.
/// Terms are not indexed: fields index the term ids they pick.
/// </summary>
public sealed class TaxonomyPartHandler : IContentPartHandler
{
    public string PartName => PartNames.Taxonomy;

    public IReadOnlyDictionary<string, IndexKind> IndexedProperties { get; } = new Dictionary<string, IndexKind>();

    public ValueTask PrepareAsync(PartContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Read<TaxonomyPart>() is { } taxonomy)
        {
            foreach (var term in taxonomy.Terms)
            {
                term.Id = term.Id.Trim();
                term.Name = term.Name.Trim();
                term.Slug = string.IsNullOrWhiteSpace(term.Slug) ? Slugifier.Slugify(term.Name) : term.Slug.Trim();
                term.LocalizedNames = Translations(term.LocalizedNames);
            }

            context.Replace(taxonomy);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Trimmed translations keyed by lower-case language code; empty ones dropped (the Polish name shows instead).</summary>
    private static Dictionary<string, string>? Translations(Dictionary<string, string>? names)
    {
        var kept = names?
            .Where(n => !string.IsNullOrWhiteSpace(n.Key) && !string.IsNullOrWhiteSpace(n.Value))
            .ToDictionary(n => n.Key.Trim().ToLowerInvariant(), n => n.Value.Trim(), StringComparer.Ordinal);
        return kept is { Count: > 0 } ? kept : null;
    }

    public ValueTask ValidateAsync(PartContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Read<TaxonomyPart>() is not { } taxonomy)
        {
            return ValueTask.CompletedTask;
        }

        for (var i = 0; i < taxonomy.Terms.Count; i++)
        {
            var term = taxonomy.Terms[i];
            if (term.Id.Length == 0)
            {
                context.Fail($"Terms[{i}].Id", "Every term needs an id.");
            }

            if (term.Name.Length == 0)
            {
                context.Fail($"Terms[{i}].Name", "Every term needs a name.");
            }
        }

        foreach (var duplicate in taxonomy.Terms.GroupBy(t => t.Id).Where(g => g.Key.Length > 0 && g.Count() > 1))
        {
            context.Fail("Terms", $"Term id '{duplicate.Key}' is used more than once.");
        }

        return ValueTask.CompletedTask;
    }

    public IEnumerable<FieldIndexRow> Index(PartContext context) => [];
}
