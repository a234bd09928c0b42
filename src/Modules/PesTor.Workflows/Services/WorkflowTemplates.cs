using System.Text.Encodings.Web;
using Fluid;
using PesTor.ContentManagement;
using PesTor.Workflows.Activities;

namespace PesTor.Workflows.Services;

/// <summary>
/// Liquid templates (Fluid) for e-mails, notifications and audit messages. The model: <c>item</c> (id, type, title, owner,
/// and each part's fields: <c>item.Need.Status</c>), <c>workflow</c> (id, name) and <c>event</c>. Output is plain text;
/// pages that show it escape it.
/// </summary>
public sealed class WorkflowTemplates
{
    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions Options = new();

    /// <summary>Null when the template parses, otherwise the parser's message.</summary>
    public static string? Check(string template) => Parser.TryParse(template, out _, out var error) ? null : error;

    public async Task<string> RenderAsync(string template, ActivityContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!Parser.TryParse(template, out var parsed, out var error))
        {
            throw new InvalidOperationException($"The template does not parse: {error}");
        }

        var model = new TemplateContext(Options);
        model.SetValue("item", context.Item is null ? null : ItemModel(context.Item));
        model.SetValue("workflow", new Dictionary<string, object?> { ["id"] = context.Workflow.Id, ["name"] = context.Workflow.Name });
        model.SetValue("event", context.Request.Event);
        return (await parsed.RenderAsync(model, NullEncoder.Default)).Trim();
    }

    internal static Dictionary<string, object?> ItemModel(ContentItem item)
    {
        var model = new Dictionary<string, object?>
        {
            ["id"] = item.ContentItemId,
            ["type"] = item.ContentType,
            ["title"] = item.DisplayText,
            ["owner"] = item.Owner,
            ["published"] = item.Published,
        };
        foreach (var (partName, part) in item.Content)
        {
            if (part is System.Text.Json.Nodes.JsonObject fields)
            {
                model[partName] = fields.ToDictionary(f => f.Key, f => (object?)string.Join(", ", ContentValues.Read(item, $"{partName}.{f.Key}")));
            }
        }

        return model;
    }
}
