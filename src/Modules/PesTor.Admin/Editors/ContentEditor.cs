using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using PesTor.ContentManagement;
using PesTor.Metadata;

namespace PesTor.Admin.Editors;

/// <summary>
/// Builds an item's editor from its type definition — one editor per shared part, one per field of the other parts — and
/// binds a posted form back onto the item with the same drivers. Validation errors from the content manager are placed on
/// the editor whose path they name.
/// </summary>
public sealed class ContentEditor(
    IEnumerable<IEditorDriver> drivers,
    IContentDefinitionManager definitions,
    PartLabels partLabels)
{
    private readonly Dictionary<string, IEditorDriver> _drivers = drivers.GroupBy(d => d.Kind).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    /// <summary>The editors showing a stored item (or a new one).</summary>
    public async Task<IReadOnlyList<EditorModel>> ShowAsync(ContentTypeDefinition type, ContentItem item, CancellationToken cancellationToken)
    {
        var editors = await CreateAsync(type, cancellationToken);
        foreach (var (model, driver, part, field) in editors)
        {
            var partNode = item.Content[part];
            driver.Show(model, field is null ? partNode : partNode?[field]);
        }

        return await LoadChoicesAsync(editors, cancellationToken);
    }

    /// <summary>Reads the posted form into the item's parts; returns the editors with the posted values and input errors.</summary>
    public async Task<IReadOnlyList<EditorModel>> BindAsync(ContentTypeDefinition type, ContentItem item, IFormCollection form, CancellationToken cancellationToken)
    {
        var editors = await CreateAsync(type, cancellationToken);
        foreach (var (model, driver, part, field) in editors)
        {
            foreach (var (key, values) in form)
            {
                if (key == model.Prefix || key.StartsWith(model.Prefix + ".", StringComparison.Ordinal))
                {
                    model.Values[key == model.Prefix ? "" : key[(model.Prefix.Length + 1)..]] = [.. values.OfType<string>()];
                }
            }

            var value = driver.Bind(model);
            if (field is null)
            {
                item.Content[part] = value;
            }
            else
            {
                if (item.Content[part] is not JsonObject partNode)
                {
                    item.Content[part] = partNode = [];
                }

                partNode[field] = value;
            }
        }

        return await LoadChoicesAsync(editors, cancellationToken);
    }

    /// <summary>Puts each error on the editor its path names ("Entity.Nip", "TitlePart.Title"); returns the ones no editor shows.</summary>
    public static IReadOnlyList<ContentValidationError> PlaceErrors(IReadOnlyList<EditorModel> editors, IEnumerable<ContentValidationError> errors, Func<string, string> translate)
    {
        var unplaced = new List<ContentValidationError>();
        foreach (var error in errors)
        {
            var editor = editors.Where(e => error.Path == e.Prefix || error.Path.StartsWith(e.Prefix + ".", StringComparison.Ordinal))
                .OrderByDescending(e => e.Prefix.Length).FirstOrDefault();
            if (editor is null)
            {
                unplaced.Add(error);
                continue;
            }

            editor.AddError(error.Path == editor.Prefix ? "" : error.Path[(editor.Prefix.Length + 1)..], translate(error.Message));
        }

        return unplaced;
    }

    private async Task<List<(EditorModel Model, IEditorDriver Driver, string Part, string? Field)>> CreateAsync(ContentTypeDefinition type, CancellationToken cancellationToken)
    {
        var document = await definitions.GetDocumentAsync(cancellationToken);
        var editors = new List<(EditorModel, IEditorDriver, string, string?)>();
        foreach (var typePart in type.Parts)
        {
            if (_drivers.TryGetValue(typePart.PartName, out var partDriver))
            {
                var model = new EditorModel { Prefix = typePart.Name, Kind = typePart.PartName, Label = partLabels[typePart.PartName], Settings = typePart.Settings };
                editors.Add((model, partDriver, typePart.Name, null));
                continue;
            }

            foreach (var field in document.FindPart(typePart.PartName)?.Fields ?? [])
            {
                if (_drivers.TryGetValue(field.FieldKind, out var fieldDriver))
                {
                    var model = new EditorModel
                    {
                        Prefix = $"{typePart.Name}.{field.Name}",
                        Kind = field.FieldKind,
                        Label = string.IsNullOrWhiteSpace(field.DisplayName) ? field.Name : field.DisplayName,
                        Hint = field.Settings["Hint"]?.GetValue<string>(),
                        Required = field.Settings["Required"]?.GetValue<bool>() == true,
                        Settings = field.Settings,
                    };
                    editors.Add((model, fieldDriver, typePart.Name, field.Name));
                }
            }
        }

        return editors;
    }

    private static async Task<IReadOnlyList<EditorModel>> LoadChoicesAsync(
        List<(EditorModel Model, IEditorDriver Driver, string Part, string? Field)> editors, CancellationToken cancellationToken)
    {
        foreach (var (model, driver, _, _) in editors)
        {
            await driver.LoadChoicesAsync(model, cancellationToken);
        }

        return [.. editors.Select(e => e.Model)];
    }
}
