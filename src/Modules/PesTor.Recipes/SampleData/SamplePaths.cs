using PesTor.Validation;
using System.Globalization;

namespace PesTor.Recipes.SampleData;

/// <summary>
/// Hands out autoroute paths, unique across everything one generation run makes: "podmioty/fundacja-razem", then
/// "podmioty/fundacja-razem-2", "-3", … (the suffixes AutoroutePartHandler would pick). The bulk importer only checks
/// paths against stored items, not within a batch, so the generator must not repeat one.
/// </summary>
internal sealed class SamplePaths
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string Next(string prefix, string title)
    {
        var slug = Slugifier.Slugify(title);
        var path = slug.Length > 0 ? $"{prefix}/{slug}" : prefix;
        var candidate = path;
        for (var n = 2; !_used.Add(candidate); n++)
        {
            candidate = string.Create(CultureInfo.InvariantCulture, $"{path}-{n}");
        }

        return candidate;
    }
}
