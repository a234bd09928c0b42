namespace PesTor.ContentParts;

public static class PartNames
{
    public const string Title = nameof(TitlePart);
    public const string Autoroute = nameof(AutoroutePart);
    public const string HtmlBody = nameof(HtmlBodyPart);
    public const string Address = nameof(AddressPart);
    public const string Contact = nameof(ContactPart);
    public const string Event = nameof(EventPart);
    public const string Taxonomy = nameof(TaxonomyPart);
}
