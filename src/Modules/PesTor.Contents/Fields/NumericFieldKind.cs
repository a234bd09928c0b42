using System.Globalization;
using PesTor.ContentFields;
using PesTor.Contents.Validation;
using PesTor.Indexing;

namespace PesTor.Contents.Fields;

/// <summary>A decimal number with optional bounds and a number of decimal places.</summary>
public sealed class NumericFieldKind : IContentFieldKind
{
    public string Name => FieldKinds.Numeric;

    public IndexKind IndexKind => IndexKind.Numeric;

    public ValueTask ValidateAsync(FieldValueContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.Settings<NumericFieldSettings>();
        if (context.Read<NumericField>()?.Value is not { } value)
        {
            if (settings.Required)
            {
                context.Fail(ValidationMessages.Required);
            }

            return ValueTask.CompletedTask;
        }

        if (settings.Minimum is { } min && value < min)
        {
            context.Fail($"The value must be at least {Format(min)}.");
        }

        if (settings.Maximum is { } max && value > max)
        {
            context.Fail($"The value must be at most {Format(max)}.");
        }

        // Round-tripping through the allowed scale tells "1.50" (fine for scale 1) from "1.55" (not fine).
        var scale = Math.Clamp(settings.Scale, 0, 28);
        if (decimal.Round(value, scale) != value)
        {
            context.Fail(scale == 0
                ? "The value must be a whole number."
                : $"The value may have at most {scale} digits after the decimal point.");
        }

        return ValueTask.CompletedTask;
    }

    public IEnumerable<FieldIndexRow> Index(FieldValueContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Read<NumericField>()?.Value is { } value)
        {
            yield return new FieldIndexRow(IndexKind.Numeric, context.PartName, context.Field.Name) { Number = (double)value };
        }
    }

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
