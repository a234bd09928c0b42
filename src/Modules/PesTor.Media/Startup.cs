using Microsoft.AspNetCore.Builder;
using PesTor.Admin;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PesTor.Media.Endpoints;
using PesTor.Media.Models;
using PesTor.Media.Services;
using PesTor.ContentFields;
using PesTor.Modules;

namespace PesTor.Media;

public sealed class Startup : StartupBase
{
    /// <summary>The admin editor's view for Media fields: the library's picker.</summary>
    public const string MediaFieldPickerView = "/Pages/Shared/_MediaFieldPicker.cshtml";

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MediaOptions>().Bind(configuration.GetSection(MediaOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<MediaStorage>();
        services.AddSingleton<ImageProcessor>();
        services.AddScoped<MediaLibrary>();
        services.AddScoped<IAdminMenuProvider, MediaAdminMenu>();
        services.AddRazorPages();
        services.Configure<AdminEditorOptions>(options => options.Views[FieldKinds.Media] = MediaFieldPickerView);
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
    {
        routes.MapMediaFiles();
        routes.MapMediaApi();
    }
}
