using PesTor.ContentParts;
using PesTor.Contents.Fields;
using PesTor.Contents.Validation;
using PesTor.Indexing;

namespace PesTor.Contents.Parts;

/// <summary>When and where an event (training, study visit, meeting) took place, and who attended.</summary>
public sealed class EventPartHandler : IContentPartHandler
{
    public string PartName => PartNames.Event;

    public IReadOnlyDictionary<string, IndexKind> IndexedProperties { get; } = new Dictionary<string, IndexKind>
    {
        ["StartDate"] = IndexKind.DateTime,
        ["EndDate"] = IndexKind.DateTime,
        ["Place"] = IndexKind.Text,
        ["Location"] = IndexKind.GeoPoint,
        ["ParticipantsPes"] = IndexKind.Numeric,
        ["ParticipantsCity"] = IndexKind.Numeric,
    };

    public ValueTask PrepareAsync(PartContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Read<EventPart>() is { } part)
        {
            part.StartDate = UtcDates.ToUtc(part.StartDate);
            part.EndDate = UtcDates.ToUtc(part.EndDate);
            part.Place = string.IsNullOrWhiteSpace(part.Place) ? null : part.Place.Trim();
            context.Replace(part);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ValidateAsync(PartContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Read<EventPart>() is not { } part)
        {
            return ValueTask.CompletedTask;
        }

        if (part.StartDate is { } start && part.EndDate is { } end && UtcDates.ToUtc(end) < UtcDates.ToUtc(start))
        {
            context.Fail(nameof(EventPart.EndDate), "The end date must not be before the start date.");
        }

        if (part.ParticipantsPes < 0)
        {
            context.Fail(nameof(EventPart.ParticipantsPes), "The number of PES participants must not be negative.");
        }

        if (part.ParticipantsCity < 0)
        {
            context.Fail(nameof(EventPart.ParticipantsCity), "The number of city participants must not be negative.");
        }

        GeoPointRules.Check(part.Location, required: false, message => context.Fail(nameof(EventPart.Location), message));
        return ValueTask.CompletedTask;
    }

    public IEnumerable<FieldIndexRow> Index(PartContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Read<EventPart>() is not { } part)
        {
            yield break;
        }

        if (part.StartDate is { } start)
        {
            yield return new FieldIndexRow(IndexKind.DateTime, context.Name, nameof(EventPart.StartDate)) { Date = UtcDates.ToUtc(start) };
        }

        if (part.EndDate is { } end)
        {
            yield return new FieldIndexRow(IndexKind.DateTime, context.Name, nameof(EventPart.EndDate)) { Date = UtcDates.ToUtc(end) };
        }

        foreach (var row in IndexRows.Text(context.Name, nameof(EventPart.Place), part.Place))
        {
            yield return row;
        }

        if (part.ParticipantsPes is { } pes)
        {
            yield return new FieldIndexRow(IndexKind.Numeric, context.Name, nameof(EventPart.ParticipantsPes)) { Number = pes };
        }

        if (part.ParticipantsCity is { } city)
        {
            yield return new FieldIndexRow(IndexKind.Numeric, context.Name, nameof(EventPart.ParticipantsCity)) { Number = city };
        }

        if (IndexRows.GeoPoint(context.Name, nameof(EventPart.Location), part.Location) is { } location)
        {
            yield return location;
        }
    }
}
