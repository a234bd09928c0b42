using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PesTor.Admin;
using PesTor.Handlers;
using PesTor.Jobs;
using PesTor.Modules;
using PesTor.Recipes;
using PesTor.Workflows.Activities;
using PesTor.Workflows.Handlers;
using PesTor.Workflows.Jobs;
using PesTor.Workflows.Recipes;
using PesTor.Workflows.Services;

namespace PesTor.Workflows;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.SectionName));
        services.AddScoped<WorkflowTypeStore>();
        services.AddScoped<WorkflowTypeValidator>();
        services.AddScoped<WorkflowTemplates>();
        services.AddScoped<RecipientResolver>();
        services.AddScoped<WorkflowScheduler>();
        services.AddSingleton<WebhookAddressPolicy>();
        services.AddScoped<IContentHandler, WorkflowContentHandler>();
        services.AddScoped<IRecipeStepHandler, WorkflowsStep>();

        services.AddScoped<IWorkflowActivity, RecountIndicatorActivity>();
        services.AddScoped<IWorkflowActivity, SetFieldActivity>();
        services.AddScoped<IWorkflowActivity, PublishActivity>();
        services.AddScoped<IWorkflowActivity, UnpublishActivity>();
        services.AddScoped<IWorkflowActivity, NotifyActivity>();
        services.AddScoped<IWorkflowActivity, WebhookActivity>();
        services.AddScoped<IWorkflowActivity, AuditActivity>();
        services.AddScoped<IWorkflowActivity, SendEmailActivity>();

        services.AddScoped<IJobHandler, WorkflowRunJobHandler>();
        services.AddScoped<IJobHandler, WebhookJobHandler>();
        services.AddScoped<IJobHandler, EmailJobHandler>();
        services.AddHttpClient(WebhookJobHandler.ClientName)
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var options = sp.GetRequiredService<IOptions<WebhookOptions>>().Value;
                return WebhookConnector.CreateHandler(sp.GetRequiredService<WebhookAddressPolicy>(), options.Timeout);
            })
            .ConfigureHttpClient((sp, client) => client.Timeout = sp.GetRequiredService<IOptions<WebhookOptions>>().Value.Timeout);

        services.AddScoped<IAdminMenuProvider, WorkflowsAdminMenu>();
        services.AddHostedService<ScheduleLoop>();
    }
}
