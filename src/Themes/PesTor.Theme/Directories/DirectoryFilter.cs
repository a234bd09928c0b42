using System.Globalization;
using PesTor.Queries;

namespace PesTor.Theme.Directories;

/// <summary>
/// One filter of a public directory, kept in the query string under <see cref="Key"/> (Polish words, as visitors see them
/// in the address). It turns the value from the address into a content-query filter; a value it cannot use is reported
/// back to the visitor and the filter is left out.
/// </summary>
public abstract record DirectoryFilter(string Key, string Label)
{
    /// <summary>The query keys this filter reads (a range reads two).</summary>
    public virtual IEnumerable<string> Keys => [Key];

    /// <summary>The filter for the values in the address, or null when the filter is not set.</summary>
    public abstract ContentFilter? Build(IReadOnlyDictionary<string, string> values, ICollection<string> errors);
}

/// <summary>Free text in the title ("contains", case-insensitive).</summary>
public sealed record TextFilter(string Key, string Label) : DirectoryFilter(Key, Label)
{
    public override ContentFilter? Build(IReadOnlyDictionary<string, string> values, ICollection<string> errors) =>
        values.TryGetValue(Key, out var text) ? ContentFilter.ByColumn(ContentColumn.DisplayText, FilterOperator.Contains, text) : null;
}

/// <summary>One term of a taxonomy field (a select of the taxonomy's terms).</summary>
public sealed record TermFilter(string Key, string Label, string Part, string Field, string TaxonomyId) : DirectoryFilter(Key, Label)
{
    public override ContentFilter? Build(IReadOnlyDictionary<string, string> values, ICollection<string> errors) =>
        values.TryGetValue(Key, out var term) ? ContentFilter.ByField(Part, Field, FilterOperator.Eq, term) : null;
}

/// <summary>One value of an options text field (a select of the field's options, labelled from its definition).</summary>
public sealed record OptionFilter(string Key, string Label, string Part, string Field) : DirectoryFilter(Key, Label)
{
    public override ContentFilter? Build(IReadOnlyDictionary<string, string> values, ICollection<string> errors) =>
        values.TryGetValue(Key, out var option) ? ContentFilter.ByField(Part, Field, FilterOperator.Eq, option) : null;
}

/// <summary>A yes/no field that must be set (a checkbox; <c>key=tak</c>).</summary>
public sealed record FlagFilter(string Key, string Label, string Part, string Field) : DirectoryFilter(Key, Label)
{
    public const string Yes = "tak";

    public override ContentFilter? Build(IReadOnlyDictionary<string, string> values, ICollection<string> errors) =>
        values.TryGetValue(Key, out var flag) && flag == Yes ? ContentFilter.ByField(Part, Field, FilterOperator.Eq, true) : null;
}

/// <summary>
/// Items that point at one item through a picker (offers of an entity). Set by links from the item's page and shown as the
/// item's name with a way to drop it, since a select of every entity would be a page of its own.
/// </summary>
public sealed record PickedFilter(string Key, string Label, string Part, string Field) : DirectoryFilter(Key, Label)
{
    public override ContentFilter? Build(IReadOnlyDictionary<string, string> values, ICollection<string> errors) =>
        values.TryGetValue(Key, out var id) ? ContentFilter.ByField(Part, Field, FilterOperator.Eq, id) : null;
}

/// <summary>A numeric field between two bounds, either of which may be left empty (<c>key-od</c>, <c>key-do</c>).</summary>
public sealed record RangeFilter(string Key, string Label, string Part, string Field) : DirectoryFilter(Key, Label)
{
    public string FromKey => Key + "-od";

    public string ToKey => Key + "-do";

    public override IEnumerable<string> Keys => [FromKey, ToKey];

    public override ContentFilter? Build(IReadOnlyDictionary<string, string> values, ICollection<string> errors)
    {
        var bounds = new List<ContentFilter>();
        foreach (var (key, op) in new[] { (FromKey, FilterOperator.Gte), (ToKey, FilterOperator.Lte) })
        {
            if (!values.TryGetValue(key, out var text))
            {
                continue;
            }

            if (Parse(text) is { } number)
            {
                bounds.Add(ContentFilter.ByField(Part, Field, op, number));
            }
            else
            {
                errors.Add(key);
            }
        }

        return bounds.Count switch
        {
            0 => null,
            1 => bounds[0],
            _ => ContentFilter.And([.. bounds]),
        };
    }

    /// <summary>Either decimal separator is taken ("12,5" and "12.5"), as visitors type both.</summary>
    private static decimal? Parse(string text) =>
        decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
}
