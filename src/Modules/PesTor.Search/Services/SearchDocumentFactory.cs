using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Lucene.Net.Documents;
using LuceneTextField = Lucene.Net.Documents.TextField;
using Lucene.Net.Util;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Metadata;
using PesTor.Search.Models;

namespace PesTor.Search.Services;

/// <summary>Turns a content version into its search document, reading what to index from the definitions.</summary>
internal static partial class SearchDocumentFactory
{
    /// <summary>
    /// The body keeps a term vector with positions and offsets, so a snippet is cut from the body's text (a doc value) at
    /// the offsets of the matched terms, without analysing the text again at search time.
    /// </summary>
    private static readonly FieldType BodyType = Frozen(new FieldType(LuceneTextField.TYPE_NOT_STORED)
    {
        StoreTermVectors = true,
        StoreTermVectorPositions = true,
        StoreTermVectorOffsets = true,
    });

    /// <summary>A body longer than a doc value may be (<see cref="MaxBodyDocValueBytes"/>) is stored instead.</summary>
    private static readonly FieldType StoredBodyType = Frozen(new FieldType(BodyType) { IsStored = true });

    /// <summary>
    /// The longest body (UTF-8 bytes) kept as a doc value, the form a hit's snippet reads it from (<see cref="HitValues"/>):
    /// Lucene's limit for one binary doc value.
    /// </summary>
    public const int MaxBodyDocValueBytes = 32_766;

    /// <summary>Title and body word beginnings only say whether a title or body has one: no frequencies, positions or length norms.</summary>
    private static readonly FieldType PrefixType = Frozen(new FieldType(LuceneTextField.TYPE_NOT_STORED)
    {
        IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_ONLY,
        OmitNorms = true,
    });

    /// <summary>Types with a stereotype (taxonomies, widgets) are not pages of their own, so they are not search results.</summary>
    public static bool IsSearchable(ContentTypeDefinition? type) => type is not null && string.IsNullOrEmpty(type.Settings.Stereotype);

    public static Document Create(ContentItem item, ContentTypeDefinition type, ContentDefinitionDocument definitions)
    {
        var document = new Document
        {
            new StringField(SearchFields.Id, item.ContentItemId, Field.Store.YES),
            new BinaryDocValuesField(SearchFields.Id, new BytesRef(item.ContentItemId)),
            new StringField(SearchFields.Type, item.ContentType, Field.Store.YES),
            new SortedDocValuesField(SearchFields.Type, new BytesRef(item.ContentType)),
            new StringField(SearchFields.Owner, item.Owner ?? "", Field.Store.NO),
            new StoredField(SearchFields.Version, item.ContentItemVersionId),
        };

        var title = item.As<TitlePart>()?.Title;
        var shownTitle = (string.IsNullOrWhiteSpace(title) ? item.DisplayText : title) ?? "";
        document.Add(new LuceneTextField(SearchFields.Title, shownTitle, Field.Store.YES));
        document.Add(new Field(SearchFields.TitlePrefix, shownTitle, PrefixType));
        if (item.As<AutoroutePart>()?.Path is { Length: > 0 } path)
        {
            document.Add(new StoredField(SearchFields.Path, path));
        }

        var body = new StringBuilder();
        foreach (var part in type.Parts)
        {
            if (item.Content[part.Name] is not JsonObject partNode)
            {
                continue;
            }

            if (part.PartName == PartNames.HtmlBody)
            {
                Append(body, PlainText(partNode[nameof(HtmlBodyPart.Html)]?.GetValue<string>()));
            }

            foreach (var (property, indexing) in SearchFieldRules.PartProperties(part.PartName))
            {
                if (partNode[property] is JsonValue value && value.TryGetValue<string>(out var text))
                {
                    Add(document, body, indexing, text);
                }
            }

            foreach (var field in definitions.FindPart(part.PartName)?.Fields ?? [])
            {
                var indexing = SearchFieldRules.For(field);
                if (indexing == SearchFieldIndexing.NotIndexed || partNode[field.Name] is not JsonObject value)
                {
                    continue;
                }

                foreach (var text in Values(field.FieldKind, value))
                {
                    Add(document, body, indexing, text);
                }
            }
        }

        var bodyText = body.ToString();
        if (Encoding.UTF8.GetByteCount(bodyText) <= MaxBodyDocValueBytes)
        {
            document.Add(new Field(SearchFields.Body, bodyText, BodyType));
            document.Add(new BinaryDocValuesField(SearchFields.Body, new BytesRef(bodyText)));
        }
        else
        {
            document.Add(new Field(SearchFields.Body, bodyText, StoredBodyType));
        }

        document.Add(new Field(SearchFields.BodyPrefix, bodyText, PrefixType));
        return document;
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    /// <summary>The readable values of a field: texts, HTML as text, link texts, term ids, option values.</summary>
    private static IEnumerable<string> Values(string kind, JsonObject value)
    {
        switch (kind)
        {
            case FieldKinds.Text when value[nameof(ContentFields.TextField.Text)]?.GetValue<string>() is { } text:
                yield return text;
                break;
            case FieldKinds.Html:
                yield return PlainText(value[nameof(HtmlField.Html)]?.GetValue<string>());
                break;
            case FieldKinds.Link when value[nameof(LinkField.Text)]?.GetValue<string>() is { } linkText:
                yield return linkText;
                break;
            case FieldKinds.Taxonomy when value[nameof(TaxonomyField.TermContentItemIds)] is JsonArray terms:
                foreach (var term in terms)
                {
                    if (term?.GetValue<string>() is { } id)
                    {
                        yield return id;
                    }
                }

                break;
            case FieldKinds.ContentPicker when value[nameof(ContentPickerField.ContentItemIds)] is JsonArray ids:
                foreach (var id in ids)
                {
                    if (id?.GetValue<string>() is { } picked)
                    {
                        yield return picked;
                    }
                }

                break;
            case FieldKinds.Numeric or FieldKinds.Boolean or FieldKinds.Date or FieldKinds.DateTime
                when value[kind == FieldKinds.Numeric ? nameof(NumericField.Value) : "Value"] is JsonValue scalar:
                yield return scalar.ToJsonString().Trim('"');
                break;
        }
    }

    private static void Add(Document document, StringBuilder body, SearchFieldIndexing indexing, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        switch (indexing)
        {
            case SearchFieldIndexing.Analyzed:
                Append(body, text);
                break;
            case SearchFieldIndexing.Keyword:
                document.Add(new StringField(SearchFields.Keyword, text.Trim().ToLowerInvariant(), Field.Store.NO));
                break;
            case SearchFieldIndexing.Stored:
                document.Add(new StoredField(SearchFields.Stored, text));
                break;
        }
    }

    private static void Append(StringBuilder body, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        // A paragraph break keeps a snippet from running two fields into one sentence.
        if (body.Length > 0)
        {
            body.Append('\n');
        }

        body.Append(text.Trim());
    }

    /// <summary>HTML (already sanitized when stored) as the text a reader sees.</summary>
    internal static string PlainText(string? html) =>
        string.IsNullOrEmpty(html) ? "" : Whitespace().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
