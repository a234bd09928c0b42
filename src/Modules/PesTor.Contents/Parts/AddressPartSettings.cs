namespace PesTor.Contents.Parts;

/// <summary>Settings of the AddressPart on a type.</summary>
public sealed class AddressPartSettings
{
    /// <summary>The Districts taxonomy the District term must come from; when absent, the term is checked against the taxonomy the value names.</summary>
    public string? DistrictsTaxonomyContentItemId { get; set; }
}
