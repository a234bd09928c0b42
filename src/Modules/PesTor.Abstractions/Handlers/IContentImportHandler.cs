namespace PesTor.Handlers;

/// <summary>
/// Told once per batch of the bulk importer (<see cref="ContentManagement.IContentBulkImporter"/>), which runs no
/// per-item content handlers: modules that keep something derived from published content (cached pages) learn which
/// types changed. Runs inside the import's transaction; work that must wait for the commit goes through
/// <see cref="Data.IUnitOfWork.AfterCommit"/>.
/// </summary>
public interface IContentImportHandler
{
    Task ImportedAsync(ImportedContentContext context);
}

/// <param name="ContentTypes">The distinct types of the batch's items.</param>
/// <param name="ContentItemIds">The batch's item ids.</param>
/// <param name="Published">Whether the batch was stored published (drafts change no public page).</param>
public sealed record ImportedContentContext(IReadOnlyCollection<string> ContentTypes, IReadOnlyCollection<string> ContentItemIds, bool Published);
