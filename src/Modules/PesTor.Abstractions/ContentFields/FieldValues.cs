namespace PesTor.ContentFields;

// The stored shape of each field kind, as Orchard stores them (PascalCase JSON).

public sealed class TextField
{
    public string? Text { get; set; }
}

public sealed class HtmlField
{
    public string? Html { get; set; }
}

public sealed class NumericField
{
    public decimal? Value { get; set; }
}

public sealed class BooleanField
{
    public bool Value { get; set; }
}

public sealed class DateField
{
    public DateOnly? Value { get; set; }
}

public sealed class DateTimeField
{
    public DateTime? Value { get; set; }
}

public sealed class ContentPickerField
{
    public List<string> ContentItemIds { get; set; } = [];
}

public sealed class TaxonomyField
{
    public string? TaxonomyContentItemId { get; set; }

    public List<string> TermContentItemIds { get; set; } = [];
}

public sealed class LinkField
{
    public string? Url { get; set; }

    public string? Text { get; set; }
}

public sealed class MediaField
{
    public List<string> Paths { get; set; } = [];
}

public sealed class GeoPointField
{
    public decimal? Latitude { get; set; }

    public decimal? Longitude { get; set; }
}
