using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Admin.Dashboard;
using PesTor.Admin.Editors;
using PesTor.Admin.Editors.Fields;
using PesTor.Admin.Editors.Parts;
using PesTor.Admin.Endpoints;
using PesTor.Admin.Handlers;
using PesTor.Handlers;
using PesTor.Admin.Services;
using PesTor.ContentFields;
using PesTor.ContentParts;
using PesTor.Modules;

namespace PesTor.Admin;

public sealed class Startup : StartupBase
{
    private const string EditorViews = "/Pages/Admin/Contents/Editors/_{0}.cshtml";

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddLocalization();
        services.AddScoped<IAdminMenuProvider, AdminMainMenu>();
        services.AddScoped<IAdminMenuProvider, ContentMenu>();
        services.AddScoped<IAdminDashboardCard, ContentCountsCard>();
        services.AddScoped<IAdminDashboardCard, MyDraftsCard>();
        services.AddScoped<IAdminDashboardCard, ModerationCard>();
        services.AddScoped<AdminContentTypes>();
        services.AddScoped<UserNames>();
        services.AddScoped<ValidationMessages>();
        services.AddScoped<BulkContentActions>();
        services.AddScoped<SmtpSettingsAdministration>();
        services.AddScoped<IContentHandler, AuditContentHandler>();
        AddEditors(services);
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider) =>
        routes.MapAdminEndpoints();

    private static void AddEditors(IServiceCollection services)
    {
        services.AddScoped<IEditorDriver, TextFieldEditor>();
        services.AddScoped<IEditorDriver, HtmlFieldEditor>();
        services.AddScoped<IEditorDriver, NumericFieldEditor>();
        services.AddScoped<IEditorDriver, BooleanFieldEditor>();
        services.AddScoped<IEditorDriver, DateFieldEditor>();
        services.AddScoped<IEditorDriver, DateTimeFieldEditor>();
        services.AddScoped<IEditorDriver, ContentPickerFieldEditor>();
        services.AddScoped<IEditorDriver, TaxonomyFieldEditor>();
        services.AddScoped<IEditorDriver, LinkFieldEditor>();
        services.AddScoped<IEditorDriver, MediaFieldEditor>();
        services.AddScoped<IEditorDriver, GeoPointFieldEditor>();
        services.AddScoped<IEditorDriver, TitlePartEditor>();
        services.AddScoped<IEditorDriver, AutoroutePartEditor>();
        services.AddScoped<IEditorDriver, HtmlBodyPartEditor>();
        services.AddScoped<IEditorDriver, AddressPartEditor>();
        services.AddScoped<IEditorDriver, ContactPartEditor>();
        services.AddScoped<IEditorDriver, EventPartEditor>();
        services.AddScoped<IEditorDriver, TaxonomyPartEditor>();
        services.AddScoped<ContentEditor>();
        services.AddScoped<PartLabels>();
        services.AddScoped<EditorSession>();
        services.AddScoped<EditorTexts>();

        // Defaults only: a module that set a view for a kind (a map picker, the media picker) keeps it whatever the order.
        services.PostConfigure<AdminEditorOptions>(options =>
        {
            foreach (var kind in FieldKinds.All.Concat([PartNames.Title, PartNames.Autoroute, PartNames.HtmlBody, PartNames.Address, PartNames.Contact, PartNames.Event, PartNames.Taxonomy]))
            {
                options.Views.TryAdd(kind, string.Format(System.Globalization.CultureInfo.InvariantCulture, EditorViews, kind));
            }
        });
    }
}
