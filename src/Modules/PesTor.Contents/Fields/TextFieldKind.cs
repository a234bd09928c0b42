using System.Text.RegularExpressions;
using PesTor.ContentFields;
using PesTor.Contents.Validation;
using PesTor.Validation;
using PesTor.Indexing;

namespace PesTor.Contents.Fields;

/// <summary>Single and multi-line text, a choice from options, an e-mail, a pattern, or a Polish registry identifier.</summary>
public sealed class TextFieldKind : IContentFieldKind
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    public string Name => FieldKinds.Text;

    public IndexKind IndexKind => IndexKind.Text;

    public ValueTask ValidateAsync(FieldValueContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.Settings<TextFieldSettings>();
        var stored = context.Read<TextField>()?.Text;
        var text = Normalize(stored, settings);
        if (!string.Equals(text, stored, StringComparison.Ordinal))
        {
            context.Replace(new TextField { Text = text });
        }

        if (text is null)
        {
            if (settings.Required)
            {
                context.Fail(ValidationMessages.Required);
            }

            return ValueTask.CompletedTask;
        }

        Check(text, settings, context.Fail);
        return ValueTask.CompletedTask;
    }

    public IEnumerable<FieldIndexRow> Index(FieldValueContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return IndexRows.Text(context.PartName, context.Field.Name, context.Read<TextField>()?.Text);
    }

    /// <summary>Trimmed, null when blank; a valid NIP loses its dashes so that one NIP is stored (and found) one way.</summary>
    private static string? Normalize(string? text, TextFieldSettings settings)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return IsValidator(settings, "nip") && PolishIdentifiers.IsValidNip(trimmed) ? PolishIdentifiers.NormalizeNip(trimmed) : trimmed;
    }

    private static void Check(string text, TextFieldSettings settings, Action<string> fail)
    {
        if (settings.MaxLength is { } max && text.Length > max)
        {
            fail($"The text must be at most {max} characters long (it has {text.Length}).");
        }

        if (settings.Editor == TextEditor.Options && !settings.Options.Exists(o => string.Equals(o.Value, text, StringComparison.Ordinal)))
        {
            fail($"'{text}' is not one of the allowed values: {string.Join(", ", settings.Options.Select(o => o.Value))}.");
        }

        if (settings.Editor == TextEditor.Email && !WebAddresses.IsValidEmail(text))
        {
            fail(ValidationMessages.Email);
        }

        if (!string.IsNullOrEmpty(settings.Pattern))
        {
            CheckPattern(text, settings, fail);
        }

        if (!string.IsNullOrWhiteSpace(settings.Validator))
        {
            CheckIdentifier(text, settings.Validator, fail);
        }
    }

    private static void CheckPattern(string text, TextFieldSettings settings, Action<string> fail)
    {
        try
        {
            // \A(?:...)\z: the whole value must match, whatever anchors the pattern has or lacks.
            if (!Regex.IsMatch(text, $@"\A(?:{settings.Pattern})\z", RegexOptions.CultureInvariant, PatternTimeout))
            {
                fail(settings.PatternMessage ?? $"The value does not have the expected format ({settings.Pattern}).");
            }
        }
        catch (RegexMatchTimeoutException)
        {
            fail("The value could not be checked against the field's pattern in time; shorten it or contact the administrator.");
        }
        catch (ArgumentException)
        {
            fail("The field's pattern is not a valid regular expression; the administrator must correct the definition.");
        }
    }

    private static void CheckIdentifier(string text, string validator, Action<string> fail)
    {
        switch (validator.Trim().ToLowerInvariant())
        {
            case "nip":
                if (!PolishIdentifiers.IsValidNip(text))
                {
                    fail("NIP must be 10 digits with a valid check digit.");
                }

                break;
            case "regon":
                if (!PolishIdentifiers.IsValidRegon(text))
                {
                    fail("REGON must be 9 or 14 digits with a valid check digit.");
                }

                break;
            case "krs":
                if (!PolishIdentifiers.IsValidKrs(text))
                {
                    fail("KRS must be exactly 10 digits.");
                }

                break;
            default:
                fail($"The field names an unknown validator '{validator}'; known validators are nip, regon and krs.");
                break;
        }
    }

    private static bool IsValidator(TextFieldSettings settings, string name) =>
        string.Equals(settings.Validator?.Trim(), name, StringComparison.OrdinalIgnoreCase);
}
