using PesTor.Indexing;

namespace PesTor.Contents.Fields;

/// <summary>
/// The behaviour of one field kind: it checks (and normalizes) a stored value against the field's settings and
/// turns it into index rows. One implementation per kind in <see cref="ContentFields.FieldKinds"/>.
/// </summary>
public interface IContentFieldKind
{
    /// <summary>The kind's name, one of <see cref="ContentFields.FieldKinds"/>.</summary>
    string Name { get; }

    /// <summary>The index table this kind writes to.</summary>
    IndexKind IndexKind { get; }

    /// <summary>
    /// Validates the value at <see cref="FieldValueContext.Value"/>, adding errors to the context under its path. It may
    /// rewrite the value in place through <see cref="FieldValueContext.Replace"/> (trimmed text, sanitized HTML).
    /// A missing value is fine unless the field is required.
    /// </summary>
    ValueTask ValidateAsync(FieldValueContext context, CancellationToken cancellationToken);

    /// <summary>The index rows of a valid value (none when empty).</summary>
    IEnumerable<FieldIndexRow> Index(FieldValueContext context);
}
