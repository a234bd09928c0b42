using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PesTor.ContentManagement;

namespace PesTor.Admin.Editors;

/// <summary>Reading and writing input values the way Polish and English editors type them.</summary>
public static class EditorInputs
{
    /// <summary>Times are edited in the city's zone and stored in UTC.</summary>
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    public static T? Read<T>(JsonNode? stored) where T : class => stored?.Deserialize<T>(ContentJson.Options);

    public static JsonNode? Write<T>(T value) where T : class => JsonSerializer.SerializeToNode(value, ContentJson.Options);

    public static string? Text(EditorModel model, string key = "") => model.Value(key) is { } v && v.Trim().Length > 0 ? v.Trim() : null;

    /// <summary>"1 234,5" and "1234.5" both mean 1234.5; null when empty; an error and null when it is not a number.</summary>
    public static decimal? Decimal(EditorModel model, string key, string message)
    {
        if (Text(model, key) is not { } text)
        {
            return null;
        }

        var normalized = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Replace(',', '.');
        if (decimal.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        model.AddError(key, message);
        return null;
    }

    public static int? Integer(EditorModel model, string key, string message)
    {
        var value = Decimal(model, key, message);
        if (value is { } v && v != Math.Truncate(v))
        {
            model.AddError(key, message);
            return null;
        }

        return value is { } whole ? (int)whole : null;
    }

    public static string? Format(decimal? value) => value?.ToString(CultureInfo.CurrentCulture);

    public static string? FormatCoordinate(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static DateOnly? Date(EditorModel model, string key, string message)
    {
        if (Text(model, key) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        model.AddError(key, message);
        return null;
    }

    /// <summary>A datetime-local input's value (city time) as UTC.</summary>
    public static DateTime? DateTime(EditorModel model, string key, string message)
    {
        if (Text(model, key) is not { } text)
        {
            return null;
        }

        if (System.DateTime.TryParseExact(text, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return TimeZoneInfo.ConvertTimeToUtc(System.DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);
        }

        model.AddError(key, message);
        return null;
    }

    public static string? FormatDateTime(DateTime? utc) => utc is { } value
        ? TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(value, DateTimeKind.Utc), Zone).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)
        : null;

    public static string? FormatDate(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The non-empty values of a multi-valued input (checkboxes, pickers), trimmed and distinct.</summary>
    public static List<string> List(EditorModel model, string key = "") =>
        [.. model.ValuesOf(key).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal)];
}
