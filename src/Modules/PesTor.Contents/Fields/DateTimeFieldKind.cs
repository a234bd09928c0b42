using PesTor.ContentFields;
using PesTor.Contents.Validation;
using PesTor.Indexing;

namespace PesTor.Contents.Fields;

/// <summary>A point in time, stored and indexed in UTC.</summary>
public sealed class DateTimeFieldKind : IContentFieldKind
{
    public string Name => FieldKinds.DateTime;

    public IndexKind IndexKind => IndexKind.DateTime;

    public ValueTask ValidateAsync(FieldValueContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Read<DateTimeField>()?.Value is { } value)
        {
            var utc = UtcDates.ToUtc(value);
            if (value.Kind != DateTimeKind.Utc)
            {
                context.Replace(new DateTimeField { Value = utc });
            }
        }
        else if (context.Settings<DateFieldSettings>().Required)
        {
            context.Fail(ValidationMessages.Required);
        }

        return ValueTask.CompletedTask;
    }

    public IEnumerable<FieldIndexRow> Index(FieldValueContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Read<DateTimeField>()?.Value is { } value)
        {
            yield return new FieldIndexRow(IndexKind.DateTime, context.PartName, context.Field.Name) { Date = UtcDates.ToUtc(value) };
        }
    }
}
