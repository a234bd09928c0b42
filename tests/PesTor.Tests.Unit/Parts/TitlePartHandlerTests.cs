using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Contents.Parts;
using PesTor.Tests.Unit.TestDoubles;

namespace PesTor.Tests.Unit.Parts;

public sealed class TitlePartHandlerTests
{
    private readonly TitlePartHandler _handler = new();

    [Fact]
    public async Task Title_is_trimmed_and_becomes_the_display_text()
    {
        var item = Contexts.Item().Apply(new TitlePart { Title = "  Fundacja ALMA " });

        await _handler.PrepareAsync(Contexts.Part(item, PartNames.Title), CancellationToken.None);

        Assert.Equal("Fundacja ALMA", item.DisplayText);
        Assert.Equal("Fundacja ALMA", item.As<TitlePart>()!.Title);
    }

    [Fact]
    public async Task Missing_title_is_refused_on_the_title_path()
    {
        var context = Contexts.Part(Contexts.Item().Apply(new TitlePart()), PartNames.Title);

        await _handler.ValidateAsync(context, CancellationToken.None);

        Assert.Equal(new ContentValidationError("TitlePart.Title", "A title is required."), Assert.Single(context.Result.Errors));
    }

    [Fact]
    public async Task Title_longer_than_255_characters_is_refused()
    {
        var context = Contexts.Part(Contexts.Item().Apply(new TitlePart { Title = new string('a', 256) }), PartNames.Title);

        await _handler.ValidateAsync(context, CancellationToken.None);

        Assert.Equal(["The title must be at most 255 characters long (it has 256)."], context.Messages());
    }
}
