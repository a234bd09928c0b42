using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace PesTor.Media.Services;

/// <summary>
/// The library's folder, <c>{AppData}/media</c>, and a sibling folder for uploads being checked (never served).
/// Paths inside are the generated ones of <see cref="MediaFile.Path"/>, so nothing a caller sends becomes a file name.
/// </summary>
public sealed class MediaStorage
{
    public MediaStorage(IConfiguration configuration, IWebHostEnvironment environment)
    {
        var appData = Path.GetFullPath(configuration["PesTor:AppData"] ?? "App_Data", environment.ContentRootPath);
        Root = Path.Combine(appData, "media");
        Incoming = Path.Combine(appData, "media-incoming");
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Incoming);
    }

    public string Root { get; }

    public string Incoming { get; }

    public string FullPath(string path)
    {
        var full = Path.GetFullPath(Path.Combine(Root, path));
        // Library paths are generated, but a path read back from a field is still checked never to leave the folder.
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The media path '{path}' leaves the library.", nameof(path));
        }

        return full;
    }

    public string NewIncomingFile() => Path.Combine(Incoming, Guid.NewGuid().ToString("N"));

    /// <summary>A new library path: the month's folder and a time-ordered unique name with the detected type's extension.</summary>
    public static string NewPath(DateTime utcNow, string extension) =>
        $"{utcNow:yyyy}/{utcNow:MM}/{Guid.CreateVersion7(utcNow):N}{extension}";

    public static void DeleteQuietly(string file)
    {
        if (File.Exists(file))
        {
            File.Delete(file);
        }
    }
}
