using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PesTor.Contents.Parts;
using PesTor.Contents.Validation;

namespace PesTor.Contents.Fields;

public static class ContentFieldsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the sanitizer, the eleven field kinds and the part handlers. Kinds and handlers are scoped because
    /// some read the content store, which lives per request; the stateless ones cost nothing to create per scope.
    /// </summary>
    public static IServiceCollection AddContentFieldKinds(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<HtmlSanitizerService>();

        services.TryAddEnumerable(
        [
            ServiceDescriptor.Scoped<IContentFieldKind, TextFieldKind>(),
            ServiceDescriptor.Scoped<IContentFieldKind, HtmlFieldKind>(),
            ServiceDescriptor.Scoped<IContentFieldKind, NumericFieldKind>(),
            ServiceDescriptor.Scoped<IContentFieldKind, BooleanFieldKind>(),
            ServiceDescriptor.Scoped<IContentFieldKind, DateFieldKind>(),
            ServiceDescriptor.Scoped<IContentFieldKind, DateTimeFieldKind>(),
            ServiceDescriptor.Scoped<IContentFieldKind, ContentPickerFieldKind>(),
            ServiceDescriptor.Scoped<IContentFieldKind, TaxonomyFieldKind>(),
            ServiceDescriptor.Scoped<IContentFieldKind, LinkFieldKind>(),
            ServiceDescriptor.Scoped<IContentFieldKind, MediaFieldKind>(),
            ServiceDescriptor.Scoped<IContentFieldKind, GeoPointFieldKind>(),
            ServiceDescriptor.Scoped<IContentPartHandler, TitlePartHandler>(),
            ServiceDescriptor.Scoped<IContentPartHandler, AutoroutePartHandler>(),
            ServiceDescriptor.Scoped<IContentPartHandler, HtmlBodyPartHandler>(),
            ServiceDescriptor.Scoped<IContentPartHandler, AddressPartHandler>(),
            ServiceDescriptor.Scoped<IContentPartHandler, ContactPartHandler>(),
            ServiceDescriptor.Scoped<IContentPartHandler, EventPartHandler>(),
            ServiceDescriptor.Scoped<IContentPartHandler, TaxonomyPartHandler>(),
        ]);
        return services;
    }
}
