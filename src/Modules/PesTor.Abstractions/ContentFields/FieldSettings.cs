namespace PesTor.ContentFields;

// Settings of each field kind, read from the field definition's Settings JSON.

public enum TextEditor
{
    SingleLine,
    MultiLine,
    Options,
    Email,
}

public sealed class TextOption
{
    public string Value { get; set; } = "";

    public string? Label { get; set; }
}

public sealed class TextFieldSettings
{
    public bool Required { get; set; }

    public TextEditor Editor { get; set; } = TextEditor.SingleLine;

    public List<TextOption> Options { get; set; } = [];

    /// <summary>A .NET regular expression the whole value must match.</summary>
    public string? Pattern { get; set; }

    public string? PatternMessage { get; set; }

    public int? MaxLength { get; set; }

    /// <summary>A named identifier check: "nip", "regon" or "krs".</summary>
    public string? Validator { get; set; }
}

public sealed class HtmlFieldSettings
{
    public bool Required { get; set; }
}

public sealed class NumericFieldSettings
{
    public bool Required { get; set; }

    public decimal? Minimum { get; set; }

    public decimal? Maximum { get; set; }

    /// <summary>Digits allowed after the decimal point.</summary>
    public int Scale { get; set; }
}

public sealed class BooleanFieldSettings
{
    public bool Required { get; set; }
}

public sealed class DateFieldSettings
{
    public bool Required { get; set; }
}

public sealed class ContentPickerFieldSettings
{
    public bool Required { get; set; }

    public bool Multiple { get; set; }

    public List<string> DisplayedContentTypes { get; set; } = [];
}

public sealed class TaxonomyFieldSettings
{
    public bool Required { get; set; }

    public bool Multiple { get; set; }

    public string TaxonomyContentItemId { get; set; } = "";
}

public sealed class LinkFieldSettings
{
    public bool Required { get; set; }
}

public sealed class MediaFieldSettings
{
    public bool Required { get; set; }

    public bool Multiple { get; set; }
}

public sealed class GeoPointFieldSettings
{
    public bool Required { get; set; }
}
