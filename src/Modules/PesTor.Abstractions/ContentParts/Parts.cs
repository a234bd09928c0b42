using System.Globalization;
using PesTor.ContentFields;

namespace PesTor.ContentParts;

// The shared parts of SPEC §2. Their behaviour (slugs, sanitizing, validation, index rows) lives in PesTor.Contents.

public sealed class TitlePart
{
    public string? Title { get; set; }
}

public sealed class AutoroutePart
{
    public string? Path { get; set; }
}

public sealed class AutoroutePartSettings
{
    /// <summary>e.g. "podmioty/{slug}": {slug} is the transliterated title.</summary>
    public string Pattern { get; set; } = "{slug}";
}

public sealed class HtmlBodyPart
{
    public string? Html { get; set; }
}

public sealed class AddressPart
{
    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    /// <summary>A term of the Districts taxonomy.</summary>
    public TaxonomyField? District { get; set; }
}

public sealed class ContactPart
{
    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }
}

public sealed class EventPart
{
    public DateTime? StartDate { get; set; }

    public DateTime? EndDate { get; set; }

    public string? Place { get; set; }

    public GeoPointField? Location { get; set; }

    public int? ParticipantsPes { get; set; }

    public int? ParticipantsCity { get; set; }
}

/// <summary>A taxonomy's terms are kept inside the taxonomy item; fields point at them by id.</summary>
public sealed class TaxonomyPart
{
    public List<TaxonomyTerm> Terms { get; set; } = [];
}

public sealed class TaxonomyTerm
{
    public string Id { get; set; } = "";

    /// <summary>The name in the site's default language (Polish).</summary>
    public string Name { get; set; } = "";

    public string Slug { get; set; } = "";

    /// <summary>
    /// The name in the site's other languages, by two-letter code ("en"). A term without one shows its Polish name, which
    /// is right for proper names such as Toruń's districts.
    /// </summary>
    public Dictionary<string, string>? LocalizedNames { get; set; }

    /// <summary>The name to show in <paramref name="culture"/>: its translation when there is one, else <see cref="Name"/>.</summary>
    public string DisplayName(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return LocalizedNames is not null
            && LocalizedNames.TryGetValue(culture.TwoLetterISOLanguageName, out var name)
            && !string.IsNullOrWhiteSpace(name)
                ? name
                : Name;
    }
}
