using System.Text.RegularExpressions;
using PesTor.ContentParts;
using PesTor.Contents.Fields;
using PesTor.Indexing;

namespace PesTor.Contents.Parts;

/// <summary>A postal address in Toruń: street, postal code (NN-NNN), city, and a district from the Districts taxonomy.</summary>
public sealed partial class AddressPartHandler(IContentItemLookup lookup) : IContentPartHandler
{
    public string PartName => PartNames.Address;

    public IReadOnlyDictionary<string, IndexKind> IndexedProperties { get; } = new Dictionary<string, IndexKind>
    {
        ["Street"] = IndexKind.Text,
        ["PostalCode"] = IndexKind.Text,
        ["City"] = IndexKind.Text,
        ["District"] = IndexKind.Taxonomy,
    };

    public ValueTask PrepareAsync(PartContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Read<AddressPart>() is { } address)
        {
            address.Street = Trimmed(address.Street);
            address.PostalCode = Trimmed(address.PostalCode);
            address.City = Trimmed(address.City);
            context.Replace(address);
        }

        return ValueTask.CompletedTask;
    }

    public async ValueTask ValidateAsync(PartContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Read<AddressPart>() is not { } address)
        {
            return;
        }

        if (address.PostalCode is { Length: > 0 } code && !PostalCode().IsMatch(code))
        {
            context.Fail(nameof(AddressPart.PostalCode), "Postal code must look like 87-100.");
        }

        if (address.District is { } district)
        {
            var settings = context.Settings<AddressPartSettings>();
            address.District = await TaxonomyTerms.CheckAsync(
                district, settings.DistrictsTaxonomyContentItemId, required: false, multiple: false, lookup,
                message => context.Fail(nameof(AddressPart.District), message), cancellationToken).ConfigureAwait(false);
            context.Replace(address);
        }
    }

    public IEnumerable<FieldIndexRow> Index(PartContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Read<AddressPart>() is not { } address)
        {
            return [];
        }

        return IndexRows.Text(context.Name, nameof(AddressPart.Street), address.Street)
            .Concat(IndexRows.Text(context.Name, nameof(AddressPart.PostalCode), address.PostalCode))
            .Concat(IndexRows.Text(context.Name, nameof(AddressPart.City), address.City))
            .Concat(address.District is { } d
                ? IndexRows.Taxonomy(context.Name, nameof(AddressPart.District), d.TaxonomyContentItemId, d.TermContentItemIds)
                : []);
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"\A[0-9]{2}-[0-9]{3}\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PostalCode();
}
