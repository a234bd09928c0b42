namespace PesTor.Contents.Validation;

/// <summary>The "required" and "one or many" rules of multi-valued fields (pickers, taxonomy terms, media).</summary>
internal static class Cardinality
{
    /// <param name="noun">What is counted, plural ("items", "terms", "files"), for the message.</param>
    public static void Check(int count, bool required, bool multiple, string noun, Action<string> fail)
    {
        if (count == 0 && required)
        {
            fail(ValidationMessages.Required);
        }
        else if (count > 1 && !multiple)
        {
            fail($"Only one of the {count} {noun} may be chosen for this field.");
        }
    }

    /// <summary>Trimmed, non-empty, first occurrence kept, order kept.</summary>
    public static List<string> Distinct(IEnumerable<string?> values) =>
        values.Select(v => v?.Trim()).OfType<string>().Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}
