using System.Text.Json;
using PesTor.Setup;

namespace PesTor.Data.Services;

/// <summary><c>{AppData}/site.json</c>: written once setup succeeds; its presence means the site is set up.</summary>
internal sealed record SiteFile(string SiteName, DatabaseChoice Database, DateTime SetupUtc)
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string PathIn(string appData) => System.IO.Path.Combine(appData, "site.json");

    public static SiteFile? Read(string appData)
    {
        var path = PathIn(appData);
        return File.Exists(path) ? JsonSerializer.Deserialize<SiteFile>(File.ReadAllText(path), Options) : null;
    }

    /// <summary>Writes to a temporary file and renames it, so a crash never leaves half a file.</summary>
    public async Task WriteAsync(string appData, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(appData);
        var path = PathIn(appData);
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(this, Options), cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }
}
