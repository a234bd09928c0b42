using Microsoft.EntityFrameworkCore;
using PesTor.ContentManagement;
using PesTor.Data.Queries;
using PesTor.Data.Records;
using PesTor.Indexing;
using PesTor.Queries;

namespace PesTor.Data.Services;

/// <summary>EF Core storage of versions and index rows. Reads are untracked; writes touch only the rows they name.</summary>
internal sealed class ContentStore(PesTorDbContext db, SqlRunner sql) : IContentStore
{
    public async Task<ContentItem?> GetLatestAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        Map(await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(r => r.ContentItemId == contentItemId && r.Latest, cancellationToken));

    public async Task<ContentItem?> GetPublishedAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        Map(await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(r => r.ContentItemId == contentItemId && r.Published, cancellationToken));

    public async Task<IReadOnlyList<ContentItem>> GetManyAsync(IReadOnlyCollection<string> contentItemIds, bool published, CancellationToken cancellationToken = default)
    {
        if (contentItemIds.Count == 0)
        {
            return [];
        }

        var records = await db.ContentItems.AsNoTracking()
            .Where(r => contentItemIds.Contains(r.ContentItemId) && (published ? r.Published : r.Latest))
            .ToListAsync(cancellationToken);
        return records.ConvertAll(ContentRecordMapper.ToItem);
    }

    public async Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default) =>
        Map(await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(r => r.ContentItemVersionId == contentItemVersionId, cancellationToken));

    public async Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var records = await db.ContentItems.AsNoTracking()
            .Where(r => r.ContentItemId == contentItemId)
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
        return records.ConvertAll(ContentRecordMapper.ToItem);
    }

    public async Task SaveAsync(ContentItem item, IReadOnlyList<FieldIndexRow>? indexRows, CancellationToken cancellationToken = default)
    {
        if (item.Id == 0)
        {
            await InsertAsync(item, indexRows ?? [], cancellationToken);
            return;
        }

        var record = await db.ContentItems.AsNoTracking()
            .Where(r => r.Id == item.Id)
            .Select(r => new { r.ConcurrencyStamp, r.IndexedKinds })
            .FirstOrDefaultAsync(cancellationToken);
        if (record is null || record.ConcurrencyStamp != item.ConcurrencyStamp)
        {
            throw new ContentConcurrencyException(item.ContentItemId);
        }

        var keepsIndex = item.Latest || item.Published;
        var rows = keepsIndex ? indexRows : [];
        var kinds = rows is null ? record.IndexedKinds : IndexRowWriter.KindsOf(rows);
        var previousStamp = item.ConcurrencyStamp;
        var updated = new ContentItemRecord { Id = item.Id };
        item.ConcurrencyStamp = NewStamp();
        ContentRecordMapper.CopyTo(item, updated);

        // The stamp in the WHERE clause makes the check and the write one atomic statement.
        var count = await db.ContentItems
            .Where(r => r.Id == item.Id && r.ConcurrencyStamp == previousStamp)
            .ExecuteUpdateAsync(
                s => s.SetProperty(r => r.DisplayText, updated.DisplayText)
                    .SetProperty(r => r.Latest, updated.Latest)
                    .SetProperty(r => r.Published, updated.Published)
                    .SetProperty(r => r.Owner, updated.Owner)
                    .SetProperty(r => r.Author, updated.Author)
                    .SetProperty(r => r.CreatedUtc, updated.CreatedUtc)
                    .SetProperty(r => r.ModifiedUtc, updated.ModifiedUtc)
                    .SetProperty(r => r.PublishedUtc, updated.PublishedUtc)
                    .SetProperty(r => r.ConcurrencyStamp, updated.ConcurrencyStamp)
                    .SetProperty(r => r.IndexedKinds, kinds)
                    .SetProperty(r => r.Content, updated.Content),
                cancellationToken);
        if (count == 0)
        {
            item.ConcurrencyStamp = previousStamp;
            throw new ContentConcurrencyException(item.ContentItemId);
        }

        if (rows is not null)
        {
            await IndexRowWriter.DeleteAsync(db, item.Id, record.IndexedKinds, cancellationToken);
            IndexRowWriter.Add(db, item.Id, item, rows);
            await SaveAndClearAsync(cancellationToken);
        }
        else
        {
            await IndexRowWriter.UpdateFlagsAsync(db, item.Id, kinds, item.Published, item.Latest, cancellationToken);
        }
    }

    public async Task InsertManyAsync(IReadOnlyList<(ContentItem Item, IReadOnlyList<FieldIndexRow> IndexRows)> items, CancellationToken cancellationToken = default)
    {
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var records = new List<ContentItemRecord>(items.Count);
            foreach (var (item, rows) in items)
            {
                item.ConcurrencyStamp = NewStamp();
                var record = new ContentItemRecord { IndexedKinds = IndexRowWriter.KindsOf(rows) };
                ContentRecordMapper.CopyTo(item, record);
                db.ContentItems.Add(record);
                records.Add(record);
            }

            await db.SaveChangesAsync(cancellationToken);
            for (var i = 0; i < items.Count; i++)
            {
                items[i].Item.Id = records[i].Id;
                IndexRowWriter.Add(db, records[i].Id, items[i].Item, items[i].IndexRows);
            }

            await SaveAndClearAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    public async Task<ContentPage> QueryAsync(ContentQuery query, bool includeTotal, CancellationToken cancellationToken = default)
    {
        if (!includeTotal)
        {
            var records = await sql.ListAsync(ContentSqlCompiler.Select(query, UnicodeLower), ContentRecordReader.For, cancellationToken);
            return new ContentPage(records.ConvertAll(ContentRecordMapper.ToItem), null);
        }

        var rows = await sql.ListAsync(ContentSqlCompiler.SelectWithTotal(query, UnicodeLower), ContentRecordReader.WithTotal, cancellationToken);
        var items = rows.ConvertAll(r => ContentRecordMapper.ToItem(r.Record));
        var total = rows.Count > 0 ? rows[0].Total
            // No row, so no total beside it: past the last page the matches are counted on their own.
            : query.Skip == 0 ? 0 : await CountAsync(query, cancellationToken);
        return new ContentPage(items, total);
    }

    public async Task<int> CountAsync(ContentQuery query, CancellationToken cancellationToken = default)
    {
        return await sql.ScalarAsync<int>(ContentSqlCompiler.Count(query, UnicodeLower), cancellationToken);
    }

    public Task<bool> IsPathTakenAsync(string path, string exceptContentItemId, CancellationToken cancellationToken = default) =>
        db.Set<TextFieldIndexRecord>()
            .Where(r => r.ContentPart == "AutoroutePart" && r.ContentField == "Path" && r.Value == path)
            .Join(db.ContentItems, r => r.DocumentId, v => v.Id, (r, v) => v)
            .AnyAsync(v => v.ContentItemId != exceptContentItemId && (v.Latest || v.Published), cancellationToken);

    private async Task InsertAsync(ContentItem item, IReadOnlyList<FieldIndexRow> rows, CancellationToken cancellationToken)
    {
        item.ConcurrencyStamp = NewStamp();
        var record = new ContentItemRecord { IndexedKinds = IndexRowWriter.KindsOf(rows) };
        ContentRecordMapper.CopyTo(item, record);
        db.ContentItems.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        item.Id = record.Id;
        IndexRowWriter.Add(db, record.Id, item, rows);
        await SaveAndClearAsync(cancellationToken);
    }

    private async Task SaveAndClearAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private string UnicodeLower => db.Database.IsSqlite() ? SqlitePragmas.UnicodeLower : "LOWER";

    private static ContentItem? Map(ContentItemRecord? record) => record is null ? null : ContentRecordMapper.ToItem(record);

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}
