namespace PesTor.Contents.Validation;

/// <summary>Date-times are stored and indexed in UTC.</summary>
internal static class UtcDates
{
    /// <summary>
    /// A local time is converted; a time without a zone ("2013-01-23T10:00:00" in JSON) is taken as UTC already,
    /// because the server's own zone says nothing about what the editor meant.
    /// </summary>
    public static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    public static DateTime? ToUtc(DateTime? value) => value is { } v ? ToUtc(v) : null;
}
