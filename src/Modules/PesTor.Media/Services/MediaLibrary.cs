using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PesTor.Media.Models;
using PesTor.Security;

namespace PesTor.Media.Services;

/// <summary>
/// The media library's service layer: every call checks <see cref="SitePermissions.ManageMedia"/> for the caller, an
/// upload is stored only after its content is recognised, its size is within the limit for its type and (images) it
/// decodes and its variants are written; a refused or failed upload leaves nothing behind.
/// </summary>
public sealed class MediaLibrary
{
    private readonly IMediaFileStore _store;
    private readonly IContentAuthorizer _authorizer;
    private readonly ICallerAccessor _callers;
    private readonly MediaStorage _storage;
    private readonly ImageProcessor _images;
    private readonly MediaOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<MediaLibrary> _logger;

    public MediaLibrary(
        IMediaFileStore store, IContentAuthorizer authorizer, ICallerAccessor callers, MediaStorage storage, ImageProcessor images,
        IOptions<MediaOptions> options, TimeProvider clock, ILogger<MediaLibrary> logger)
    {
        _store = store;
        _authorizer = authorizer;
        _callers = callers;
        _storage = storage;
        _images = images;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
    }

    public async Task<bool> CanManageAsync(CancellationToken cancellationToken = default) =>
        _callers.IsSystem || await _authorizer.HasPermissionAsync(_callers.Caller, SitePermissions.ManageMedia, cancellationToken);

    public async Task<MediaUploadResult> UploadAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        await DemandAsync(cancellationToken);
        var displayName = DisplayName(fileName);
        var incoming = _storage.NewIncomingFile();
        var written = new List<string>();
        try
        {
            var length = await CopyWithLimitAsync(content, incoming, _options.MaxUploadBytes, cancellationToken);
            if (length == 0)
            {
                return Refuse(MediaRefusal.Empty, displayName);
            }

            var (type, refusal) = MediaContentSniffer.Detect(await ReadHeadAsync(incoming, cancellationToken));
            if (type is null)
            {
                return Refuse(refusal!.Value, displayName);
            }

            var limit = type.IsImage ? _options.MaxImageBytes : _options.MaxDocumentBytes;
            if (length > limit)
            {
                return Refuse(MediaRefusal.TooLarge, displayName, limit / (1024 * 1024));
            }

            var now = _clock.GetUtcNow().UtcDateTime;
            var path = MediaStorage.NewPath(now, type.Extension);
            int? width = null, height = null;
            if (type.IsImage)
            {
                var (image, imageRefusal) = _images.Decode(incoming);
                if (image is null)
                {
                    return Refuse(imageRefusal!.Value, displayName, _options.MaxImagePixels / 1_000_000);
                }

                using (image)
                {
                    (width, height) = (image.Width, image.Height);
                    foreach (var (variant, size) in new[] { (MediaVariant.Thumbnail, _options.ThumbnailSize), (MediaVariant.Medium, _options.MediumSize) })
                    {
                        var target = _storage.FullPath(MediaUrls.VariantPath(path, variant));
                        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                        written.Add(target);
                        ImageProcessor.WriteVariant(image.Bitmap, size, target);
                    }
                }
            }

            var final = _storage.FullPath(path);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            File.Move(incoming, final);
            written.Add(final);
            var file = new MediaFile
            {
                Path = path, FileName = displayName, ContentType = type.ContentType, Length = length,
                Width = width, Height = height, CreatedUtc = now, CreatedBy = _callers.Caller.Identity?.Name,
            };
            await _store.AddAsync(file, cancellationToken);
            written.Clear();
            _logger.LogInformation("Media {Path} ({ContentType}, {Length} bytes) uploaded as {FileName} by {User}", path, type.ContentType, length, displayName, file.CreatedBy);
            return new MediaUploadResult(file, null);
        }
        catch (UploadTooLargeException)
        {
            return Refuse(MediaRefusal.TooLarge, displayName, _options.MaxUploadBytes / (1024 * 1024));
        }
        finally
        {
            MediaStorage.DeleteQuietly(incoming);
            // Files of an upload that did not reach the database are removed: nothing half-stored.
            written.ForEach(MediaStorage.DeleteQuietly);
        }
    }

    public async Task<(IReadOnlyList<MediaFile> Files, int Total)> ListAsync(string? search, int skip, int take, CancellationToken cancellationToken = default)
    {
        await DemandAsync(cancellationToken);
        return await _store.ListAsync(search, Math.Max(0, skip), Math.Clamp(take, 1, 100), cancellationToken);
    }

    public async Task<MediaFile?> DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        await DemandAsync(cancellationToken);
        if (await _store.GetAsync(path, cancellationToken) is not { } file || !await _store.DeleteAsync(path, cancellationToken))
        {
            return null;
        }

        MediaStorage.DeleteQuietly(_storage.FullPath(path));
        foreach (var variant in Enum.GetValues<MediaVariant>())
        {
            MediaStorage.DeleteQuietly(_storage.FullPath(MediaUrls.VariantPath(path, variant)));
        }

        _logger.LogInformation("Media {Path} ({FileName}) deleted by {User}", path, file.FileName, _callers.Caller.Identity?.Name);
        return file;
    }

    private async Task DemandAsync(CancellationToken cancellationToken)
    {
        if (!await CanManageAsync(cancellationToken))
        {
            throw new ContentAccessDeniedException("Managing the media library needs the ManageMedia permission.");
        }
    }

    private MediaUploadResult Refuse(MediaRefusal refusal, string fileName, long limit = 0)
    {
        _logger.LogInformation("Media upload {FileName} refused: {Refusal}", fileName, refusal);
        return MediaUploadResult.Refused(MediaTexts.Refusal(refusal, fileName, limit));
    }

    // The name is only shown; path separators and control characters are dropped so it reads as one name.
    private static string DisplayName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        name = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        return name.Length == 0 ? "plik" : name.Length > 255 ? name[..255] : name;
    }

    private static async Task<long> CopyWithLimitAsync(Stream content, string target, long limit, CancellationToken cancellationToken)
    {
        await using var output = File.Create(target);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > limit)
            {
                throw new UploadTooLargeException();
            }

            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return total;
    }

    private static async Task<byte[]> ReadHeadAsync(string file, CancellationToken cancellationToken)
    {
        await using var input = File.OpenRead(file);
        var head = new byte[MediaContentSniffer.HeadLength];
        var read = await input.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        return head[..read];
    }

    private sealed class UploadTooLargeException() : Exception("The upload is over the size limit.");
}
