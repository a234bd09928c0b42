using Microsoft.AspNetCore.Mvc;
using PesTor.Media.Services;

namespace PesTor.Media.ViewComponents;

/// <summary>
/// The picker a Media field's editor renders: <c>@await Component.InvokeAsync("MediaPicker", new { name = "Entity.Logo",
/// label = "Logo", paths = field.Paths, multiple = false })</c>. It posts the chosen library paths as form values named
/// <paramref name="name"/> (one per file, as a MediaField's Paths); the files already chosen are shown with their thumbnails,
/// others are found by name through <c>GET /api/media</c>.
/// </summary>
public sealed class MediaPickerViewComponent(IMediaFileStore store) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string name, string label, IEnumerable<string>? paths = null, bool multiple = false, string? id = null)
    {
        var chosen = (paths ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Distinct(StringComparer.Ordinal).ToList();
        var known = (await store.GetManyAsync(chosen, HttpContext.RequestAborted)).ToDictionary(f => f.Path, StringComparer.Ordinal);
        return View(new MediaPickerModel(
            name, label, multiple, id ?? "media-" + new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]),
            [.. chosen.Select(p => known.TryGetValue(p, out var file) ? file : Missing(p))],
            MediaTexts.IsEnglish));
    }

    // A path no longer in the library (deleted) still shows, so the editor can see it and remove it.
    private static MediaFile Missing(string path) => new()
    {
        Path = path, FileName = path, ContentType = "", Length = 0, CreatedUtc = DateTime.MinValue,
    };
}

/// <summary>What the picker's view shows.</summary>
public sealed record MediaPickerModel(string Name, string Label, bool Multiple, string Id, IReadOnlyList<MediaFile> Chosen, bool English)
{
    public string T(string pl, string en) => English ? en : pl;
}
