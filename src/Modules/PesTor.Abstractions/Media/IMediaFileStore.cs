namespace PesTor.Media;

/// <summary>The media library's records (the files themselves live under the app data folder), in the current transaction.</summary>
public interface IMediaFileStore
{
    Task AddAsync(MediaFile file, CancellationToken cancellationToken = default);

    Task<MediaFile?> GetAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Files whose name contains <paramref name="search"/> (any case), newest first, and how many match.</summary>
    Task<(IReadOnlyList<MediaFile> Files, int Total)> ListAsync(string? search, int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>Records of these paths, in one statement (GraphQL asks for a page's media at once).</summary>
    Task<IReadOnlyList<MediaFile>> GetManyAsync(IReadOnlyCollection<string> paths, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default);
}
