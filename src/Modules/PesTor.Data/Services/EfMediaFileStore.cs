using Microsoft.EntityFrameworkCore;
using PesTor.Data.Records;
using PesTor.Media;

namespace PesTor.Data.Services;

internal sealed class EfMediaFileStore(PesTorDbContext db) : IMediaFileStore
{
    public async Task AddAsync(MediaFile file, CancellationToken cancellationToken = default)
    {
        db.Set<MediaFileRecord>().Add(new MediaFileRecord
        {
            Path = file.Path,
            FileName = file.FileName,
            SearchName = file.FileName.ToLowerInvariant(),
            ContentType = file.ContentType,
            Length = file.Length,
            Width = file.Width,
            Height = file.Height,
            CreatedUtc = DateTime.SpecifyKind(file.CreatedUtc, DateTimeKind.Utc),
            CreatedBy = file.CreatedBy,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    public async Task<MediaFile?> GetAsync(string path, CancellationToken cancellationToken = default) =>
        await db.Set<MediaFileRecord>().AsNoTracking().Where(r => r.Path == path).Select(r => ToFile(r)).FirstOrDefaultAsync(cancellationToken);

    public async Task<(IReadOnlyList<MediaFile> Files, int Total)> ListAsync(string? search, int skip, int take, CancellationToken cancellationToken = default)
    {
        var query = db.Set<MediaFileRecord>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var lowered = search.Trim().ToLowerInvariant();
            query = query.Where(r => r.SearchName.Contains(lowered));
        }

        var total = await query.CountAsync(cancellationToken);
        var files = await query.OrderByDescending(r => r.CreatedUtc).ThenBy(r => r.Path).Skip(skip).Take(take).Select(r => ToFile(r)).ToListAsync(cancellationToken);
        return (files, total);
    }

    public async Task<IReadOnlyList<MediaFile>> GetManyAsync(IReadOnlyCollection<string> paths, CancellationToken cancellationToken = default) =>
        paths.Count == 0
            ? []
            : await db.Set<MediaFileRecord>().AsNoTracking().Where(r => paths.Contains(r.Path)).Select(r => ToFile(r)).ToListAsync(cancellationToken);

    public async Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        await db.Set<MediaFileRecord>().Where(r => r.Path == path).ExecuteDeleteAsync(cancellationToken) > 0;

    private static MediaFile ToFile(MediaFileRecord record) => new()
    {
        Path = record.Path,
        FileName = record.FileName,
        ContentType = record.ContentType,
        Length = record.Length,
        Width = record.Width,
        Height = record.Height,
        CreatedUtc = DateTime.SpecifyKind(record.CreatedUtc, DateTimeKind.Utc),
        CreatedBy = record.CreatedBy,
    };
}
