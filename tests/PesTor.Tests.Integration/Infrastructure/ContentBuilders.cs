using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;

namespace PesTor.Tests.Integration.Infrastructure;

/// <summary>Short ways to fill test items.</summary>
public static class ContentBuilders
{
    public static async Task<ContentItem> LegalFormsAsync(IContentManager contents)
    {
        var taxonomy = await contents.NewAsync("Taxonomy");
        taxonomy.ContentItemId = TestModel.LegalFormsId;
        taxonomy.Apply(new TitlePart { Title = "Formy prawne" });
        taxonomy.Apply(new TaxonomyPart
        {
            Terms =
            [
                new TaxonomyTerm { Id = "fundacja", Name = "Fundacja", Slug = "fundacja" },
                new TaxonomyTerm { Id = "stowarzyszenie", Name = "Stowarzyszenie", Slug = "stowarzyszenie" },
                new TaxonomyTerm { Id = "spoldzielnia_socjalna", Name = "Spółdzielnia socjalna", Slug = "spoldzielnia-socjalna" },
            ],
        });
        await contents.CreateAsync(taxonomy, publish: true);
        return taxonomy;
    }

    public static async Task<ContentItem> NewEntityAsync(IContentManager contents, string title, string legalForm = "fundacja")
    {
        var entity = await contents.NewAsync("Entity");
        entity.Apply(new TitlePart { Title = title });
        entity.ApplyField("Entity", "LegalForm", new TaxonomyField { TaxonomyContentItemId = TestModel.LegalFormsId, TermContentItemIds = [legalForm] });
        return entity;
    }

    public static async Task<ContentItem> NewOfferAsync(IContentManager contents, string title, string entityId, decimal? priceFrom = null, decimal? priceTo = null)
    {
        var offer = await contents.NewAsync("Offer");
        offer.Apply(new TitlePart { Title = title });
        offer.ApplyField("Offer", "Entity", new ContentPickerField { ContentItemIds = [entityId] });
        if (priceFrom is not null)
        {
            offer.ApplyField("Offer", "PriceFrom", new NumericField { Value = priceFrom });
        }

        if (priceTo is not null)
        {
            offer.ApplyField("Offer", "PriceTo", new NumericField { Value = priceTo });
        }

        return offer;
    }
}
