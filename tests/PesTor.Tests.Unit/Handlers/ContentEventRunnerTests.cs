using PesTor.ContentManagement;
using PesTor.Contents.Handlers;
using PesTor.Handlers;

namespace PesTor.Tests.Unit.Handlers;

public sealed class ContentEventRunnerTests
{
    [Fact]
    public async Task Ing_events_run_in_registration_order_and_ed_events_in_reverse()
    {
        var log = new List<string>();
        var runner = new ContentEventRunner([new Recording("A", log), new Recording("B", log), new Recording("C", log)]);
        var context = new PublishContentContext(new ContentItem(), null);

        await runner.BeforeAsync(h => h.PublishingAsync(context));
        await runner.AfterAsync(h => h.PublishedAsync(context));

        Assert.Equal(["A:Publishing", "B:Publishing", "C:Publishing", "C:Published", "B:Published", "A:Published"], log);
    }

    private sealed class Recording(string name, List<string> log) : ContentHandlerBase
    {
        public override Task PublishingAsync(PublishContentContext context)
        {
            log.Add($"{name}:Publishing");
            return Task.CompletedTask;
        }

        public override Task PublishedAsync(PublishContentContext context)
        {
            log.Add($"{name}:Published");
            return Task.CompletedTask;
        }
    }
}
