using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Contents.Parts;
using PesTor.Indexing;
using PesTor.Tests.Unit.TestDoubles;

namespace PesTor.Tests.Unit.Parts;

public sealed class EventPartHandlerTests
{
    private static readonly DateTime Start = new(2013, 1, 23, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task End_before_start_is_refused()
    {
        var context = await Validate(new EventPart { StartDate = Start, EndDate = Start.AddHours(-1) });

        Assert.Equal(new ContentValidationError("EventPart.EndDate", "The end date must not be before the start date."), Assert.Single(context.Result.Errors));
    }

    [Fact]
    public async Task Event_ending_when_it_starts_is_accepted() =>
        Assert.True((await Validate(new EventPart { StartDate = Start, EndDate = Start })).Result.Succeeded);

    [Fact]
    public async Task Negative_participants_are_refused()
    {
        var context = await Validate(new EventPart { ParticipantsPes = -1 });

        Assert.Equal(["The number of PES participants must not be negative."], context.Messages());
    }

    [Fact]
    public async Task Location_is_checked_like_a_geo_point()
    {
        var context = await Validate(new EventPart { Location = new GeoPointField { Latitude = 53.02m, Longitude = 200m } });

        Assert.Equal(new ContentValidationError("EventPart.Location", "Longitude must be between -180 and 180."), Assert.Single(context.Result.Errors));
    }

    [Fact]
    public void Dates_place_participants_and_location_are_indexed()
    {
        var part = new EventPart
        {
            StartDate = Start,
            EndDate = Start.AddDays(1),
            Place = "Dwór Artusa",
            ParticipantsPes = 21,
            ParticipantsCity = 11,
            Location = new GeoPointField { Latitude = 53.0106m, Longitude = 18.6048m },
        };
        var item = Contexts.Item().Apply(part);

        var rows = new EventPartHandler().Index(Contexts.Part(item, PartNames.Event)).ToList();

        Assert.Equal(
            [
                new FieldIndexRow(IndexKind.DateTime, "EventPart", "StartDate") { Date = Start },
                new FieldIndexRow(IndexKind.DateTime, "EventPart", "EndDate") { Date = Start.AddDays(1) },
                new FieldIndexRow(IndexKind.Text, "EventPart", "Place") { Text = "Dwór Artusa", Text2 = "dwór artusa" },
                new FieldIndexRow(IndexKind.Numeric, "EventPart", "ParticipantsPes") { Number = 21 },
                new FieldIndexRow(IndexKind.Numeric, "EventPart", "ParticipantsCity") { Number = 11 },
                new FieldIndexRow(IndexKind.GeoPoint, "EventPart", "Location") { Latitude = 53.0106, Longitude = 18.6048 },
            ],
            rows);
    }

    private static async Task<PartContext> Validate(EventPart part)
    {
        var context = Contexts.Part(Contexts.Item().Apply(part), PartNames.Event);
        await new EventPartHandler().ValidateAsync(context, CancellationToken.None);
        return context;
    }
}
