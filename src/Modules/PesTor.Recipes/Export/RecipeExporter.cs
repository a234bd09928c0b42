using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using PesTor.ContentManagement;
using PesTor.Metadata;
using PesTor.Queries;
using PesTor.Users;

namespace PesTor.Recipes.Export;

/// <summary>
/// Writes the site as a recipe: definitions, roles with their permissions, and every item (the published version of
/// published items, the draft of never-published ones), ordered so an item comes after the items it points at —
/// importing the recipe into a fresh site reproduces the content.
/// </summary>
internal sealed class RecipeExporter(
    IContentDefinitionManager definitions,
    IContentQueryService queries,
    RoleManager<PesTorRole> roles,
    TimeProvider clock)
{
    private const int PageSize = 500;

    public async Task<JsonObject> ExportAsync(CancellationToken cancellationToken)
    {
        var document = await definitions.GetDocumentAsync(cancellationToken);
        var items = await ItemsAsync(cancellationToken);
        return new JsonObject
        {
            ["name"] = $"export-{clock.GetUtcNow():yyyyMMdd-HHmmss}",
            ["displayName"] = "Eksport serwisu",
            ["description"] = "Definicje, role i treści wyeksportowane z serwisu PES-TOR.",
            ["author"] = "PES-TOR",
            ["version"] = "1.0.0",
            ["issetuprecipe"] = false,
            ["steps"] = new JsonArray(
                new JsonObject
                {
                    ["name"] = "ContentDefinition",
                    ["ContentTypes"] = JsonSerializer.SerializeToNode(document.ContentTypes, ContentJson.Options),
                    ["ContentParts"] = JsonSerializer.SerializeToNode(document.ContentParts, ContentJson.Options),
                },
                new JsonObject { ["name"] = "Roles", ["Roles"] = await RolesAsync() },
                new JsonObject { ["name"] = "Content", ["Data"] = new JsonArray([.. DependencyOrder(items).Select(ToJson)]) }),
        };
    }

    private async Task<List<ContentItem>> ItemsAsync(CancellationToken cancellationToken)
    {
        var items = new List<ContentItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var status in new[] { ContentStatus.Published, ContentStatus.Draft })
        {
            for (var skip = 0; ; skip += PageSize)
            {
                var page = await queries.ListAsync(new ContentQuery
                {
                    Status = status,
                    OrderBy = [ContentOrder.By(ContentColumn.ContentItemId)],
                    Skip = skip,
                    Take = PageSize,
                }, cancellationToken: cancellationToken);
                items.AddRange(page.Items.Where(i => seen.Add(i.ContentItemId)));
                if (page.Items.Count < PageSize)
                {
                    break;
                }
            }
        }

        return items;
    }

    private async Task<JsonArray> RolesAsync()
    {
        var list = new JsonArray();
        foreach (var role in roles.Roles.OrderBy(r => r.Name).ToList())
        {
            var permissions = (await roles.GetClaimsAsync(role)).Where(c => c.Type == RoleNames.PermissionClaimType).Select(c => c.Value).Order(StringComparer.Ordinal);
            list.Add(new JsonObject
            {
                ["Name"] = role.Name,
                ["Description"] = role.Description,
                ["Permissions"] = new JsonArray([.. permissions.Select(p => JsonValue.Create(p))]),
            });
        }

        return list;
    }

    /// <summary>Items that others point at (pickers, taxonomies) first; a cycle keeps its original order.</summary>
    private static IEnumerable<ContentItem> DependencyOrder(List<ContentItem> items)
    {
        var byId = items.ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<ContentItem>(items.Count);

        void Visit(ContentItem item)
        {
            if (done.Contains(item.ContentItemId) || !visiting.Add(item.ContentItemId))
            {
                return;
            }

            foreach (var reference in References(item.Content).Where(byId.ContainsKey))
            {
                Visit(byId[reference]);
            }

            visiting.Remove(item.ContentItemId);
            done.Add(item.ContentItemId);
            ordered.Add(item);
        }

        items.ForEach(Visit);
        return ordered;
    }

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key switch
        {
            "ContentItemIds" when p.Value is JsonArray ids => ids.OfType<JsonValue>().Select(v => v.GetValue<string>()),
            "TaxonomyContentItemId" when p.Value is JsonValue id => [id.GetValue<string>()],
            _ => References(p.Value),
        }),
        JsonArray array => array.SelectMany(References),
        _ => [],
    };

    private static JsonObject ToJson(ContentItem item)
    {
        var json = new JsonObject
        {
            ["ContentItemId"] = item.ContentItemId,
            ["ContentType"] = item.ContentType,
            ["Published"] = item.Published,
            ["Owner"] = item.Owner,
        };
        foreach (var (name, part) in item.Content)
        {
            json[name] = part?.DeepClone();
        }

        return json;
    }
}
