namespace PesTor.ContentManagement;

/// <summary>
/// Stores many new items fast (sample data, benchmarks): index rows are built by the same field kinds and part handlers
/// as the content manager's, and rows are inserted in batches in the current transaction. No handlers run and no outbox
/// rows are written per item; the importer writes one "content.imported" outbox message per batch instead.
/// Only the system may import.
/// </summary>
public interface IContentBulkImporter
{
    /// <param name="items">New items with ids, type and parts; DisplayText and AutoroutePart paths are filled by the caller when <paramref name="validate"/> is false.</param>
    /// <param name="publish">Store them as published (and latest) or as drafts.</param>
    /// <param name="validate">Run each item through preparation and validation like the content manager does (slower; refuses bad items with <see cref="ContentValidationException"/>).</param>
    Task ImportAsync(IReadOnlyList<ContentItem> items, bool publish, bool validate, CancellationToken cancellationToken = default);
}
