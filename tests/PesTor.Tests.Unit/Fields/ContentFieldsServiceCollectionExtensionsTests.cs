using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentFields;
using PesTor.Contents.Fields;
using PesTor.Contents.Parts;
using PesTor.Data;
using PesTor.Tests.Unit.TestDoubles;

namespace PesTor.Tests.Unit.Fields;

public sealed class ContentFieldsServiceCollectionExtensionsTests
{
    [Fact]
    public void Every_field_kind_and_part_handler_is_registered_once()
    {
        var services = new ServiceCollection()
            .AddSingleton<IContentItemLookup, InMemoryContentItemLookup>()
            .AddSingleton<IContentStore, InMemoryContentStore>()
            .AddContentFieldKinds()
            .AddContentFieldKinds();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        using var scope = provider.CreateScope();

        var kinds = scope.ServiceProvider.GetServices<IContentFieldKind>().Select(k => k.Name).Order(StringComparer.Ordinal);
        var parts = scope.ServiceProvider.GetServices<IContentPartHandler>().Select(p => p.PartName).Order(StringComparer.Ordinal);

        Assert.Equal(FieldKinds.All.Order(StringComparer.Ordinal), kinds);
        Assert.Equal(["AddressPart", "AutoroutePart", "ContactPart", "EventPart", "HtmlBodyPart", "TaxonomyPart", "TitlePart"], parts);
    }
}
