namespace PesTor.Admin.Services;

/// <summary>How a bulk action went, item by item: done, left as they were, refused, or failed with the engine's message.</summary>
public sealed class BulkResult
{
    public List<string> Done { get; } = [];

    public List<string> Unchanged { get; } = [];

    public List<string> Denied { get; } = [];

    public List<(string Item, string Message)> Failed { get; } = [];
}
