using PesTor.ContentFields;
using PesTor.Contents.Validation;
using PesTor.Indexing;

namespace PesTor.Contents.Fields;

/// <summary>A yes/no value. "Required" means the value must be given (yes or no), not that it must be yes.</summary>
public sealed class BooleanFieldKind : IContentFieldKind
{
    public string Name => FieldKinds.Boolean;

    public IndexKind IndexKind => IndexKind.Boolean;

    public ValueTask ValidateAsync(FieldValueContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Read<BooleanField>() is null && context.Settings<BooleanFieldSettings>().Required)
        {
            context.Fail(ValidationMessages.Required);
        }

        return ValueTask.CompletedTask;
    }

    public IEnumerable<FieldIndexRow> Index(FieldValueContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Read<BooleanField>() is { } field)
        {
            yield return new FieldIndexRow(IndexKind.Boolean, context.PartName, context.Field.Name) { Bool = field.Value };
        }
    }
}
