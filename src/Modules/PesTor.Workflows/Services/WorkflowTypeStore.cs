using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PesTor.Data;
using PesTor.Workflows.Models;

namespace PesTor.Workflows.Services;

/// <summary>
/// Workflow types live in one JSON document ("WorkflowTypes"): they are configuration, few and small. Read once per scope,
/// so a burst of content events in one request loads them once.
/// </summary>
public sealed class WorkflowTypeStore(IDocumentStore documents)
{
    public const string DocumentName = "WorkflowTypes";

    internal static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter() },
    };

    private List<WorkflowType>? _types;

    public async Task<IReadOnlyList<WorkflowType>> ListAsync(CancellationToken cancellationToken = default) =>
        _types ??= await LoadAsync(cancellationToken);

    public async Task<WorkflowType?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(t => t.Id == id);

    /// <summary>Adds or replaces (by id) the type; false when the stored one is already the same.</summary>
    public async Task<bool> SaveAsync(WorkflowType type, CancellationToken cancellationToken = default)
    {
        var types = (await LoadAsync(cancellationToken)).ToList();
        var index = types.FindIndex(t => t.Id == type.Id);
        if (index >= 0 && JsonSerializer.Serialize(types[index], Json) == JsonSerializer.Serialize(type, Json))
        {
            return false;
        }

        if (index >= 0)
        {
            types[index] = type;
        }
        else
        {
            types.Add(type);
        }

        await StoreAsync(types, cancellationToken);
        return true;
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        var types = (await LoadAsync(cancellationToken)).ToList();
        if (types.RemoveAll(t => t.Id == id) == 0)
        {
            return false;
        }

        await StoreAsync(types, cancellationToken);
        return true;
    }

    private async Task StoreAsync(List<WorkflowType> types, CancellationToken cancellationToken)
    {
        var document = new JsonObject { ["WorkflowTypes"] = JsonSerializer.SerializeToNode(types, Json) };
        await documents.SaveAsync(DocumentName, document, cancellationToken);
        _types = types;
    }

    private async Task<List<WorkflowType>> LoadAsync(CancellationToken cancellationToken)
    {
        var document = await documents.LoadAsync(DocumentName, cancellationToken);
        return document?["WorkflowTypes"]?.Deserialize<List<WorkflowType>>(Json) ?? [];
    }
}
