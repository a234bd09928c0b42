using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace PesTor.Theme.OutputCaching;

/// <summary>
/// Marks a public page: it is output-cached for visitors (<see cref="PublicPagePolicy"/>) and answered with an ETag
/// (<see cref="ETagMiddleware"/>). Pages carry it as an attribute; endpoints get it with <see cref="AsPublicPage{T}"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class PublicPageAttribute : Attribute
{
    public static TBuilder AsPublicPage<TBuilder>(TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.CacheOutput(PublicPagePolicy.Name).WithMetadata(new PublicPageAttribute());
}
