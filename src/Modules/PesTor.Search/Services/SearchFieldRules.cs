using System.Text.Json.Nodes;
using PesTor.ContentFields;
using PesTor.ContentParts;
using PesTor.Metadata;
using PesTor.Search.Models;

namespace PesTor.Search.Services;

/// <summary>
/// What goes into the index, from the definitions: a field's own "SearchIndex" setting, else its kind's default. Text a
/// person reads (text, HTML, link text) is analyzed; identifiers and option values are keywords; numbers, dates,
/// coordinates, pickers and media are left out; e-mail fields never go in (a person's address is private).
/// </summary>
internal static class SearchFieldRules
{
    public const string SettingName = "SearchIndex";

    public static SearchFieldIndexing For(ContentPartFieldDefinition field)
    {
        if (PrivateFields.IsPrivate(field))
        {
            return SearchFieldIndexing.NotIndexed;
        }

        if (field.Settings[SettingName] is JsonValue value && value.TryGetValue<string>(out var name)
            && Enum.TryParse<SearchFieldIndexing>(name, ignoreCase: true, out var chosen))
        {
            return chosen;
        }

        return field.FieldKind switch
        {
            FieldKinds.Text when IsIdentifierOrOption(field.Settings) => SearchFieldIndexing.Keyword,
            FieldKinds.Text or FieldKinds.Html or FieldKinds.Link => SearchFieldIndexing.Analyzed,
            FieldKinds.Taxonomy => SearchFieldIndexing.Keyword,
            _ => SearchFieldIndexing.NotIndexed,
        };
    }

    /// <summary>Shared parts' properties, as the field kind they hold (AddressPart.City is text, ContactPart.Email private).</summary>
    public static IEnumerable<(string Property, SearchFieldIndexing Indexing)> PartProperties(string partName) => partName switch
    {
        PartNames.Address => [(nameof(AddressPart.Street), SearchFieldIndexing.Analyzed), (nameof(AddressPart.City), SearchFieldIndexing.Analyzed),
            (nameof(AddressPart.PostalCode), SearchFieldIndexing.Keyword)],
        PartNames.Contact => [(nameof(ContactPart.Phone), SearchFieldIndexing.Keyword), (nameof(ContactPart.Website), SearchFieldIndexing.Keyword)],
        PartNames.Event => [(nameof(EventPart.Place), SearchFieldIndexing.Analyzed)],
        _ => [],
    };

    private static bool IsIdentifierOrOption(JsonObject settings) =>
        (settings["Validator"] is JsonValue validator && validator.TryGetValue<string>(out var v) && !string.IsNullOrEmpty(v))
        || (settings["Editor"] is JsonValue editor && editor.TryGetValue<string>(out var e)
            && string.Equals(e, nameof(TextEditor.Options), StringComparison.OrdinalIgnoreCase));
}
