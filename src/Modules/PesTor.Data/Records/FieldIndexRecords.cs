namespace PesTor.Data.Records;

/// <summary>
/// The columns every field index table shares: the version row it belongs to (<see cref="DocumentId"/>, cascading delete)
/// and the key type + part + field, so two fields of the same kind never answer for each other.
/// </summary>
public abstract class FieldIndexRecord
{
    public long Id { get; set; }

    public long DocumentId { get; set; }

    public string ContentType { get; set; } = "";

    public string ContentPart { get; set; } = "";

    public string ContentField { get; set; } = "";

    /// <summary>
    /// Copies of the version's flags and title, kept in step by the store, so the commonest list — one field value,
    /// published, ordered by title — is read from this table's index alone, whatever the spread of matches.
    /// </summary>
    public bool Published { get; set; }

    public bool Latest { get; set; }

    public string DisplayText { get; set; } = "";
}

public sealed class TextFieldIndexRecord : FieldIndexRecord
{
    public string? Value { get; set; }

    /// <summary>Lower-cased copy for case-insensitive contains / starts / ends.</summary>
    public string? NormalizedValue { get; set; }
}

public sealed class HtmlFieldIndexRecord : FieldIndexRecord
{
    public string? Html { get; set; }

    /// <summary>Plain lower-cased text of the HTML.</summary>
    public string? NormalizedText { get; set; }
}

public sealed class NumericFieldIndexRecord : FieldIndexRecord
{
    public double? Value { get; set; }
}

public sealed class BooleanFieldIndexRecord : FieldIndexRecord
{
    public bool? Value { get; set; }
}

public sealed class DateFieldIndexRecord : FieldIndexRecord
{
    public DateTime? Value { get; set; }
}

public sealed class DateTimeFieldIndexRecord : FieldIndexRecord
{
    public DateTime? Value { get; set; }
}

public sealed class ContentPickerFieldIndexRecord : FieldIndexRecord
{
    public string? SelectedContentItemId { get; set; }
}

public sealed class TaxonomyFieldIndexRecord : FieldIndexRecord
{
    public string? TaxonomyContentItemId { get; set; }

    public string? TermContentItemId { get; set; }
}

public sealed class LinkFieldIndexRecord : FieldIndexRecord
{
    public string? Url { get; set; }

    public string? Text { get; set; }
}

public sealed class MediaFieldIndexRecord : FieldIndexRecord
{
    public string? Path { get; set; }
}

public sealed class GeoPointFieldIndexRecord : FieldIndexRecord
{
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }
}
