using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using PesTor.Data;
using PesTor.Security;

namespace PesTor.Users.Services;

/// <summary>
/// The users admin's actions, each checked here for ManageUsers: create an account, lock and unlock it, set its roles.
/// Locking and role changes renew the security stamp, so they take effect on the account's next request.
/// </summary>
public sealed partial class UserAdministration(
    UserManager<PesTorUser> users,
    IUserDirectory directory,
    IContentAuthorizer authorizer,
    ICallerAccessor callers,
    IUnitOfWork unitOfWork,
    IStringLocalizer<AccountTexts> T,
    ILogger<UserAdministration> logger)
{
    public async Task<(FormErrors Errors, string? UserId)> CreateAsync(NewUserForm form, CancellationToken cancellationToken)
    {
        await DemandAsync(cancellationToken);
        var errors = new FormErrors();
        if (form.UserName.Trim().Length < 4)
        {
            errors.Add(nameof(form.UserName), T["Login musi mieć co najmniej 4 znaki."]);
        }

        if (string.IsNullOrWhiteSpace(form.FullName))
        {
            errors.Add(nameof(form.FullName), T["Podaj imię i nazwisko."]);
        }

        if (string.IsNullOrWhiteSpace(form.Email))
        {
            errors.Add(nameof(form.Email), T["Podaj adres e-mail."]);
        }

        if (form.Password != form.PasswordConfirmation)
        {
            errors.Add(nameof(form.PasswordConfirmation), T["Hasła nie są takie same."]);
        }

        var known = await directory.RoleNamesAsync(cancellationToken);
        if (form.Roles.Except(known).Any())
        {
            errors.Add(nameof(form.Roles), T["Nie ma takiej roli."]);
        }

        if (!errors.IsEmpty)
        {
            return (errors, null);
        }

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var user = new PesTorUser { UserName = form.UserName.Trim(), FullName = form.FullName.Trim(), Email = form.Email.Trim(), EmailConfirmed = true, CreatedUtc = DateTime.UtcNow };
        var created = await users.CreateAsync(user, form.Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                var (field, message) = IdentityErrorTexts.Describe(error, T);
                errors.Add(field, message);
            }

            return (errors, null);
        }

        if (form.Roles.Count > 0)
        {
            await users.AddToRolesAsync(user, form.Roles.Distinct());
        }

        await transaction.CommitAsync(cancellationToken);
        LogCreated(logger, user.UserName, Caller());
        return (errors, user.Id);
    }

    public async Task<FormErrors> SetRolesAsync(string userId, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        await DemandAsync(cancellationToken);
        var errors = new FormErrors();
        var user = await users.FindByIdAsync(userId);
        var known = await directory.RoleNamesAsync(cancellationToken);
        if (user is null)
        {
            errors.Add("", T["Nie ma takiego konta."]);
            return errors;
        }

        if (roles.Except(known).Any())
        {
            errors.Add("Roles", T["Nie ma takiej roli."]);
            return errors;
        }

        if (user.Id == Caller() && !roles.Contains(RoleNames.Administrator) && (await users.GetRolesAsync(user)).Contains(RoleNames.Administrator))
        {
            errors.Add("Roles", T["Nie możesz odebrać sobie roli administratora."]);
            return errors;
        }

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(roles));
        await users.AddToRolesAsync(user, roles.Except(current));
        await users.UpdateSecurityStampAsync(user);
        await transaction.CommitAsync(cancellationToken);
        LogRoles(logger, user.UserName!, string.Join(",", roles), Caller());
        return errors;
    }

    /// <summary>Locks the account until an administrator unlocks it; its sessions end on their next request.</summary>
    public async Task<FormErrors> LockAsync(string userId, CancellationToken cancellationToken)
    {
        await DemandAsync(cancellationToken);
        var errors = new FormErrors();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            errors.Add("", T["Nie ma takiego konta."]);
            return errors;
        }

        if (user.Id == Caller())
        {
            errors.Add("", T["Nie możesz zablokować własnego konta."]);
            return errors;
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(user);
        LogLocked(logger, user.UserName!, Caller());
        return errors;
    }

    public async Task<FormErrors> UnlockAsync(string userId, CancellationToken cancellationToken)
    {
        await DemandAsync(cancellationToken);
        var errors = new FormErrors();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            errors.Add("", T["Nie ma takiego konta."]);
            return errors;
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        LogUnlocked(logger, user.UserName!, Caller());
        return errors;
    }

    public static bool IsLocked(PesTorUser user) => user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow;

    private async Task DemandAsync(CancellationToken cancellationToken)
    {
        if (!await authorizer.HasPermissionAsync(callers.Caller, SitePermissions.ManageUsers, cancellationToken))
        {
            throw new ContentAccessDeniedException("Managing accounts needs the ManageUsers permission.");
        }
    }

    private string Caller() => callers.Caller.FindFirstValue(ClaimTypes.NameIdentifier) ?? "system";

    [LoggerMessage(30, LogLevel.Information, "Account {UserName} created by {AdminId}")]
    private static partial void LogCreated(ILogger logger, string userName, string adminId);

    [LoggerMessage(31, LogLevel.Information, "Roles of {UserName} set to {Roles} by {AdminId}")]
    private static partial void LogRoles(ILogger logger, string userName, string roles, string adminId);

    [LoggerMessage(32, LogLevel.Information, "Account {UserName} locked by {AdminId}")]
    private static partial void LogLocked(ILogger logger, string userName, string adminId);

    [LoggerMessage(33, LogLevel.Information, "Account {UserName} unlocked by {AdminId}")]
    private static partial void LogUnlocked(ILogger logger, string userName, string adminId);
}
