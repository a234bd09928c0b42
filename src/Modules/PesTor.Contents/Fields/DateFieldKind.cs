using PesTor.ContentFields;
using PesTor.Contents.Validation;
using PesTor.Indexing;

namespace PesTor.Contents.Fields;

/// <summary>A calendar date without a time; indexed as midnight UTC so date filters compare like for like.</summary>
public sealed class DateFieldKind : IContentFieldKind
{
    public string Name => FieldKinds.Date;

    public IndexKind IndexKind => IndexKind.Date;

    public ValueTask ValidateAsync(FieldValueContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Read<DateField>()?.Value is null && context.Settings<DateFieldSettings>().Required)
        {
            context.Fail(ValidationMessages.Required);
        }

        return ValueTask.CompletedTask;
    }

    public IEnumerable<FieldIndexRow> Index(FieldValueContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Read<DateField>()?.Value is { } date)
        {
            yield return new FieldIndexRow(IndexKind.Date, context.PartName, context.Field.Name)
            {
                Date = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            };
        }
    }
}
