using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Contents.Parts;
using PesTor.Indexing;
using PesTor.Tests.Unit.TestDoubles;

namespace PesTor.Tests.Unit.Parts;

public sealed class AddressPartHandlerTests
{
    private static readonly AddressPartSettings DistrictSettings = new() { DistrictsTaxonomyContentItemId = "districts" };

    private readonly InMemoryContentItemLookup _lookup = new InMemoryContentItemLookup()
        .Add(Contexts.Taxonomy("districts", "rubinkowo", "stare-miasto"))
        .Add(Contexts.Taxonomy("legal-forms", "fundacja"));

    [Fact]
    public async Task Postal_code_in_the_polish_format_is_accepted() =>
        Assert.True((await Validate(new AddressPart { PostalCode = "87-100" })).Result.Succeeded);

    [Theory]
    [InlineData("87100")]
    [InlineData("87-1000")]
    [InlineData("AB-CDE")]
    public async Task Postal_code_in_another_format_is_refused(string code)
    {
        var context = await Validate(new AddressPart { PostalCode = code });

        Assert.Equal(new ContentValidationError("AddressPart.PostalCode", "Postal code must look like 87-100."), Assert.Single(context.Result.Errors));
    }

    [Fact]
    public async Task District_that_is_not_a_district_term_is_refused()
    {
        var context = await Validate(new AddressPart { District = new TaxonomyField { TermContentItemIds = ["bydgoszcz"] } });

        Assert.Equal(new ContentValidationError("AddressPart.District", "The term 'bydgoszcz' is not a term of the taxonomy 'districts'."), Assert.Single(context.Result.Errors));
    }

    [Fact]
    public async Task District_from_another_taxonomy_is_refused_when_the_districts_taxonomy_is_configured()
    {
        var context = await Validate(new AddressPart { District = new TaxonomyField { TaxonomyContentItemId = "legal-forms", TermContentItemIds = ["fundacja"] } });

        Assert.Equal(["The terms must come from the taxonomy 'districts', not 'legal-forms'."], context.Messages());
    }

    [Fact]
    public async Task Without_the_setting_the_district_is_checked_against_its_own_taxonomy()
    {
        var district = new TaxonomyField { TaxonomyContentItemId = "districts", TermContentItemIds = ["nowhere"] };

        var context = await Validate(new AddressPart { District = district }, new AddressPartSettings());

        Assert.Equal(["The term 'nowhere' is not a term of the taxonomy 'districts'."], context.Messages());
    }

    [Fact]
    public void Street_postal_code_city_and_district_are_indexed()
    {
        var address = new AddressPart
        {
            Street = "ul. Stokrotkowa 22",
            PostalCode = "87-100",
            City = "Toruń",
            District = new TaxonomyField { TaxonomyContentItemId = "districts", TermContentItemIds = ["rubinkowo"] },
        };
        var item = Contexts.Item().Apply(address);

        var rows = new AddressPartHandler(_lookup).Index(Contexts.Part(item, PartNames.Address, DistrictSettings)).ToList();

        Assert.Equal(["Street", "PostalCode", "City", "District"], rows.Select(r => r.Field));
        Assert.Equal(new FieldIndexRow(IndexKind.Taxonomy, "AddressPart", "District") { Ref = "rubinkowo", Ref2 = "districts" }, rows[3]);
    }

    private async Task<PartContext> Validate(AddressPart address, AddressPartSettings? settings = null)
    {
        var context = Contexts.Part(Contexts.Item().Apply(address), PartNames.Address, settings ?? DistrictSettings);
        await new AddressPartHandler(_lookup).ValidateAsync(context, CancellationToken.None);
        return context;
    }
}
