using System.Collections.Concurrent;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Handlers;

namespace PesTor.Tests.Integration.Infrastructure;

/// <summary>
/// A handler the test site adds after the engine's own: it records the events of items titled with "[log]" and
/// cancels publishing of items titled with "[hold]", so tests can watch the write path from outside.
/// </summary>
public sealed class TestContentHandler(TestContentHandler.Journal journal) : ContentHandlerBase
{
    public override Task CreatingAsync(CreateContentContext context) => Record("Creating", context);

    public override Task CreatedAsync(CreateContentContext context) => Record("Created", context);

    public override Task UpdatingAsync(UpdateContentContext context) => Record("Updating", context);

    public override Task UpdatedAsync(UpdateContentContext context) => Record("Updated", context);

    public override Task PublishingAsync(PublishContentContext context)
    {
        context.Cancel = Title(context).Contains("[hold]", StringComparison.Ordinal);
        return Record("Publishing", context);
    }

    public override Task PublishedAsync(PublishContentContext context) => Record("Published", context);

    public override Task UnpublishedAsync(PublishContentContext context) => Record("Unpublished", context);

    public override Task RemovingAsync(RemoveContentContext context) => Record("Removing", context);

    public override Task RemovedAsync(RemoveContentContext context) => Record("Removed", context);

    private Task Record(string name, ContentContext context)
    {
        if (Title(context).Contains("[log]", StringComparison.Ordinal))
        {
            journal.Events.Enqueue($"{context.ContentItem.ContentItemId}:{name}");
        }

        return Task.CompletedTask;
    }

    // The title part, not DisplayText: "-ing" handlers run before the title handler fills DisplayText.
    private static string Title(ContentContext context) => context.ContentItem.As<TitlePart>()?.Title ?? "";

    public sealed class Journal
    {
        public ConcurrentQueue<string> Events { get; } = new();
    }
}
