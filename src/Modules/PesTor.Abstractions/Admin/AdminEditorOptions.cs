namespace PesTor.Admin;

/// <summary>
/// Which Razor partial renders the editor of each field kind or part (keyed by <see cref="EditorModel.Kind"/>). PesTor.Admin
/// fills the defaults; a module replaces one in its startup, e.g.
/// <c>services.Configure&lt;AdminEditorOptions&gt;(o =&gt; o.Views[FieldKinds.GeoPoint] = "_LeafletGeoPointEditor")</c>.
/// </summary>
public sealed class AdminEditorOptions
{
    public Dictionary<string, string> Views { get; } = new(StringComparer.Ordinal);
}
