using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.Contents.Fields;
using PesTor.Indexing;
using PesTor.Tests.Unit.TestDoubles;

namespace PesTor.Tests.Unit.Fields;

public sealed class TaxonomyFieldKindTests
{
    private readonly InMemoryContentItemLookup _lookup = new InMemoryContentItemLookup()
        .Add(Contexts.Taxonomy("legal-forms", "fundacja", "stowarzyszenie"))
        .Add(Contexts.Taxonomy("districts", "rubinkowo"));

    [Fact]
    public async Task Known_term_is_accepted() =>
        Assert.True((await Validate(new TaxonomyField { TermContentItemIds = ["fundacja"] })).Result.Succeeded);

    [Fact]
    public async Task Missing_taxonomy_id_is_filled_from_the_settings()
    {
        var context = await Validate(new TaxonomyField { TermContentItemIds = ["fundacja"] });

        Assert.Equal("legal-forms", context.Item.GetField<TaxonomyField>(Contexts.Type, "LegalForm")!.TaxonomyContentItemId);
    }

    [Fact]
    public async Task Unknown_term_is_refused()
    {
        var context = await Validate(new TaxonomyField { TermContentItemIds = ["spolka-akcyjna"] });

        Assert.Equal(["The term 'spolka-akcyjna' is not a term of the taxonomy 'legal-forms'."], context.Messages());
    }

    [Fact]
    public async Task Term_of_another_taxonomy_is_refused()
    {
        var context = await Validate(new TaxonomyField { TaxonomyContentItemId = "districts", TermContentItemIds = ["rubinkowo"] });

        Assert.Equal(["The terms must come from the taxonomy 'legal-forms', not 'districts'."], context.Messages());
    }

    [Fact]
    public async Task Two_terms_in_a_single_term_field_are_refused()
    {
        var context = await Validate(new TaxonomyField { TermContentItemIds = ["fundacja", "stowarzyszenie"] });

        Assert.Equal(["Only one of the 2 terms may be chosen for this field."], context.Messages());
    }

    [Fact]
    public async Task Required_term_that_is_missing_is_refused()
    {
        var context = await Validate(new TaxonomyField(), required: true);

        Assert.Equal(["This field is required."], context.Messages());
    }

    [Fact]
    public void Each_term_gets_an_index_row_with_its_taxonomy()
    {
        var item = Contexts.Item().ApplyField(Contexts.Type, "LegalForm", new TaxonomyField { TaxonomyContentItemId = "legal-forms", TermContentItemIds = ["fundacja"] });

        var row = Assert.Single(new TaxonomyFieldKind(_lookup).Index(Contexts.Field(item, "LegalForm", FieldKinds.Taxonomy)));

        Assert.Equal(new FieldIndexRow(IndexKind.Taxonomy, "Entity", "LegalForm") { Ref = "fundacja", Ref2 = "legal-forms" }, row);
    }

    private async Task<FieldValueContext> Validate(TaxonomyField field, bool required = false)
    {
        var item = Contexts.Item().ApplyField(Contexts.Type, "LegalForm", field);
        var settings = new TaxonomyFieldSettings { TaxonomyContentItemId = "legal-forms", Required = required };
        var context = Contexts.Field(item, "LegalForm", FieldKinds.Taxonomy, settings);
        await new TaxonomyFieldKind(_lookup).ValidateAsync(context, CancellationToken.None);
        return context;
    }
}
