using System.Text.Json.Nodes;
using PesTor.ContentManagement;
using PesTor.Contents.Fields;
using PesTor.Contents.Parts;
using PesTor.Indexing;
using PesTor.Metadata;

namespace PesTor.Contents.Services;

/// <summary>
/// Runs an item through its definition: part handlers fill derived values, every part and field is validated (values the
/// definition does not know are refused, so a typo never silently drops data), and index rows are built.
/// </summary>
internal sealed class ContentItemProcessor(
    IContentDefinitionManager definitions,
    IEnumerable<IContentFieldKind> fieldKinds,
    IEnumerable<IContentPartHandler> partHandlers)
{
    private readonly Dictionary<string, IContentFieldKind> _kinds = fieldKinds.ToDictionary(k => k.Name);
    private readonly Dictionary<string, IContentPartHandler> _handlers = partHandlers.ToDictionary(h => h.PartName);

    public async Task<ContentTypeDefinition> GetTypeAsync(string contentType, CancellationToken cancellationToken) =>
        await definitions.GetTypeDefinitionAsync(contentType, cancellationToken)
        ?? throw new ContentValidationException([new ContentValidationError("ContentType", $"Content type '{contentType}' does not exist.")]);

    /// <summary>Prepares and validates; returns the index rows of the valid item or throws <see cref="ContentValidationException"/>.</summary>
    public async Task<IReadOnlyList<FieldIndexRow>> ProcessAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var result = await ValidateAsync(item, cancellationToken);
        if (!result.Succeeded)
        {
            throw new ContentValidationException(result.Errors);
        }

        return await IndexAsync(item, cancellationToken);
    }

    public async Task<ContentValidationResult> ValidateAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var type = await GetTypeAsync(item.ContentType, cancellationToken);
        var document = await definitions.GetDocumentAsync(cancellationToken);
        var result = new ContentValidationResult();
        CheckUnknownParts(item, type, result);

        foreach (var typePart in type.Parts)
        {
            if (_handlers.TryGetValue(typePart.PartName, out var handler))
            {
                var context = new PartContext(item, typePart, result);
                await handler.PrepareAsync(context, cancellationToken);
                await handler.ValidateAsync(context, cancellationToken);
            }

            if (document.FindPart(typePart.PartName) is { } partDefinition)
            {
                if (!_handlers.ContainsKey(typePart.PartName))
                {
                    CheckUnknownFields(item, typePart.Name, partDefinition, result);
                }

                foreach (var field in partDefinition.Fields)
                {
                    await _kinds[field.FieldKind].ValidateAsync(new FieldValueContext(item, typePart.Name, field, result), cancellationToken);
                }
            }
        }

        return result;
    }

    public async Task<IReadOnlyList<FieldIndexRow>> IndexAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var type = await GetTypeAsync(item.ContentType, cancellationToken);
        var document = await definitions.GetDocumentAsync(cancellationToken);
        var rows = new List<FieldIndexRow>();
        var unused = new ContentValidationResult();
        foreach (var typePart in type.Parts)
        {
            if (_handlers.TryGetValue(typePart.PartName, out var handler))
            {
                rows.AddRange(handler.Index(new PartContext(item, typePart, unused)));
            }

            if (document.FindPart(typePart.PartName) is { } partDefinition)
            {
                foreach (var field in partDefinition.Fields)
                {
                    rows.AddRange(_kinds[field.FieldKind].Index(new FieldValueContext(item, typePart.Name, field, unused)));
                }
            }
        }

        return rows;
    }

    private static void CheckUnknownParts(ContentItem item, ContentTypeDefinition type, ContentValidationResult result)
    {
        foreach (var (name, node) in item.Content)
        {
            if (type.FindPart(name) is null)
            {
                result.Fail(name, $"Type '{type.Name}' has no part '{name}'.");
            }
            else if (node is not JsonObject)
            {
                result.Fail(name, $"Part '{name}' must be a JSON object.");
            }
        }
    }

    private static void CheckUnknownFields(ContentItem item, string partName, ContentPartDefinition part, ContentValidationResult result)
    {
        if (item.Content[partName] is not JsonObject values)
        {
            return;
        }

        foreach (var (name, _) in values)
        {
            if (part.FindField(name) is null)
            {
                result.Fail($"{partName}.{name}", $"Part '{partName}' has no field '{name}'.");
            }
        }
    }
}
