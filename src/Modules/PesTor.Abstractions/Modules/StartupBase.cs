using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PesTor.Modules;

/// <summary>
/// A module's entry point, in Orchard's shape: services first, then middleware and endpoints.
/// Every non-abstract subclass in a module assembly is instantiated by the host (it needs a parameterless constructor).
/// </summary>
public abstract class StartupBase
{
    /// <summary>Orders startups within the same dependency level; lower runs first.</summary>
    public virtual int Order => 0;

    public virtual void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public virtual void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
    {
    }
}
