using System.Text.Json;
using System.Text.Json.Nodes;
using PesTor.ContentManagement;

namespace PesTor.Admin.Editors.Fields;

/// <summary>Typed settings of a field or part, read the way the engine reads them.</summary>
public static class SettingsJson
{
    public static T Deserialize<T>(this JsonObject settings) where T : new() =>
        settings.Deserialize<T>(ContentJson.Options) ?? new T();
}
