namespace PesTor.Media.Models;

/// <summary>The stored file, or why the upload was refused (a message for the uploader; nothing was stored).</summary>
public sealed record MediaUploadResult(MediaFile? File, string? Error)
{
    public bool Succeeded => File is not null;

    public static MediaUploadResult Refused(string error) => new(null, error);
}
