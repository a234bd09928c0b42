using System.Text.Json;
using PesTor.Data;
using PesTor.Maps.Models;

namespace PesTor.Maps.Services;

/// <summary>Reads <see cref="MapSettings"/> from the site settings document; anything not set keeps its default.</summary>
public sealed class MapSettingsProvider(IDocumentStore documents)
{
    public const string DocumentName = "SiteSettings";

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    private MapSettings? _settings;

    public async Task<MapSettings> GetAsync(CancellationToken cancellationToken)
    {
        if (_settings is null)
        {
            var document = await documents.LoadAsync(DocumentName, cancellationToken);
            _settings = document?["Map"]?.Deserialize<MapSettings>(Options) ?? new MapSettings();
        }

        return _settings;
    }
}
