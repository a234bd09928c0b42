using PesTor.Handlers;

namespace PesTor.Contents.Handlers;

/// <summary>Invokes handlers in Orchard's order: "-ing" events in registration order, "-ed" events in reverse.</summary>
internal sealed class ContentEventRunner(IEnumerable<IContentHandler> handlers)
{
    private readonly IContentHandler[] _forward = [.. handlers];
    private readonly IContentHandler[] _reverse = [.. handlers.Reverse()];

    public async Task BeforeAsync(Func<IContentHandler, Task> invoke)
    {
        foreach (var handler in _forward)
        {
            await invoke(handler);
        }
    }

    public async Task AfterAsync(Func<IContentHandler, Task> invoke)
    {
        foreach (var handler in _reverse)
        {
            await invoke(handler);
        }
    }
}
