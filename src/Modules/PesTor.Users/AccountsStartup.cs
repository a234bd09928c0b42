using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Admin;
using PesTor.Modules;
using PesTor.Users.Admin;
using PesTor.Users.Services;

namespace PesTor.Users;

/// <summary>
/// The public account pages (<c>/konto/...</c>): registration with the three account types, e-mail verification, sign-in
/// with lockout, password reset and change, the profile. Kept beside <see cref="Startup"/> so sign-in plumbing and pages
/// stay apart.
/// </summary>
public sealed class AccountsStartup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddOptions<AccountOptions>().Bind(configuration.GetSection(AccountOptions.SectionName));
        services.Configure<IdentityOptions>(o => o.SignIn.RequireConfirmedEmail = true);

        // Every authenticated request checks the security stamp, so a password change, a lock or a role change ends other
        // sessions at once, and claims (roles, approved entities) are fresh; it costs one user lookup per signed-in request.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        // AddIdentityCore brings no token providers; verification and reset links need them.
        new IdentityBuilder(typeof(PesTorUser), typeof(PesTorRole), services).AddDefaultTokenProviders();
        services.AddScoped<AccountMailer>();
        services.AddScoped<AccountRegistration>();
        services.AddScoped<EmailChange>();
        services.AddScoped<EntityClaims>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<MyContent>();
        services.AddScoped<PermissionCatalog>();
        services.AddScoped<RoleAdministration>();
        services.AddScoped<IAdminMenuProvider, AccountsAdminMenu>();
        services.AddScoped<IAdminDashboardCard, PendingClaimsCard>();
        services.AddRazorPages();
    }
}
