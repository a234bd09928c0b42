using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Email.Services;
using PesTor.Modules;

namespace PesTor.Email;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpSettings>().Bind(configuration.GetSection("PesTor:Smtp"));
        services.AddScoped<ISmtpSettingsStore, SmtpSettingsStore>();
        services.AddScoped<IEmailSender, MailKitEmailSender>();
    }
}
