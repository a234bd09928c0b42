using System.Text.Json.Nodes;
using PesTor.ContentParts;
using PesTor.Validation;

namespace PesTor.Admin.Editors.Parts;

/// <summary>
/// A taxonomy's terms: a row per term (name, English name, slug; the id stays once given, since fields point at it) and
/// empty rows for new ones. A new term's id and slug come from its name; an empty English name shows the Polish one.
/// </summary>
public sealed class TaxonomyPartEditor : IEditorDriver
{
    public const int EmptyRows = 3;

    private const string EnglishCode = "en";

    public string Kind => PartNames.Taxonomy;

    public void Show(EditorModel model, JsonNode? stored)
    {
        var terms = EditorInputs.Read<TaxonomyPart>(stored)?.Terms ?? [];
        model.Values["Id"] = [.. terms.Select(t => t.Id)];
        model.Values["Name"] = [.. terms.Select(t => t.Name)];
        model.Values["Slug"] = [.. terms.Select(t => t.Slug)];
        model.Values["NameEn"] = [.. terms.Select(t => t.LocalizedNames?.GetValueOrDefault(EnglishCode) ?? "")];
    }

    public JsonNode? Bind(EditorModel model)
    {
        var ids = model.ValuesOf("Id");
        var names = model.ValuesOf("Name");
        var slugs = model.ValuesOf("Slug");
        var english = model.ValuesOf("NameEn");
        var terms = new List<TaxonomyTerm>();
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].Trim();
            if (name.Length == 0)
            {
                continue;
            }

            var slug = i < slugs.Count && slugs[i].Trim().Length > 0 ? slugs[i].Trim() : Slugifier.Slugify(name);
            var id = i < ids.Count && ids[i].Trim().Length > 0 ? ids[i].Trim() : slug.Replace('-', '_');
            var nameEn = i < english.Count ? english[i].Trim() : "";
            terms.Add(new TaxonomyTerm
            {
                Id = id,
                Name = name,
                Slug = slug,
                LocalizedNames = nameEn.Length > 0 ? new Dictionary<string, string> { [EnglishCode] = nameEn } : null,
            });
        }

        return EditorInputs.Write(new TaxonomyPart { Terms = terms });
    }
}
