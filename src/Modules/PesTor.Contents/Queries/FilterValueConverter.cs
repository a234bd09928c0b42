using System.Globalization;
using System.Text.Json;
using PesTor.Queries;

namespace PesTor.Contents.Queries;

/// <summary>
/// Turns caller-supplied filter values (strings from a query string, JSON from GraphQL, CLR values from code) into the
/// CLR type of the column they are compared with, or says precisely why they cannot be.
/// </summary>
internal static class FilterValueConverter
{
    public static object? Convert(object? value, Type target, FilterOperator op, string path)
    {
        if (op is FilterOperator.In or FilterOperator.NotIn)
        {
            return ToList(value).Select(v => ConvertOne(v, target, path) ?? throw Error(path, "a list of values without nulls")).ToList();
        }

        if (op is FilterOperator.Contains or FilterOperator.StartsWith or FilterOperator.EndsWith)
        {
            return ConvertOne(value, typeof(string), path) ?? throw Error(path, "a text value");
        }

        return ConvertOne(value, target, path);
    }

    private static IEnumerable<object?> ToList(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(e => (object?)e),
        string text => text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        System.Collections.IEnumerable list => list.Cast<object?>(),
        null => [],
        _ => [value],
    };

    private static object? ConvertOne(object? value, Type target, string path)
    {
        if (value is JsonElement element)
        {
            value = element.ValueKind switch
            {
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                JsonValueKind.String => element.GetString(),
                JsonValueKind.Number => element.GetDouble(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw Error(path, Describe(target)),
            };
        }

        if (value is null)
        {
            return null;
        }

        try
        {
            return target switch
            {
                _ when target == typeof(string) => System.Convert.ToString(value, CultureInfo.InvariantCulture),
                _ when target == typeof(double) => value is string s
                    ? double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture)
                    : System.Convert.ToDouble(value, CultureInfo.InvariantCulture),
                _ when target == typeof(bool) => value is string b ? bool.Parse(b) : System.Convert.ToBoolean(value, CultureInfo.InvariantCulture),
                _ when target == typeof(DateTime) => ToUtc(value),
                _ => throw Error(path, Describe(target)),
            };
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException)
        {
            throw Error(path, Describe(target));
        }
    }

    private static DateTime ToUtc(object value) => value switch
    {
        DateTime dt => dt.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dt, DateTimeKind.Utc) : dt.ToUniversalTime(),
        DateOnly d => d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        string s => DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        _ => throw new FormatException(),
    };

    private static string Describe(Type target) => target == typeof(double) ? "a number"
        : target == typeof(bool) ? "true or false"
        : target == typeof(DateTime) ? "a date or date-time in ISO 8601 form (2013-01-23 or 2013-01-23T10:00:00Z)"
        : "a text value";

    private static ContentQueryException Error(string path, string expected) => new($"The value for {path} must be {expected}.", path);
}
