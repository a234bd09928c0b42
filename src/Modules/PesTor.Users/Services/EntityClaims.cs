using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Data;
using PesTor.Email;
using PesTor.Security;

namespace PesTor.Users.Services;

/// <summary>
/// Claiming an entity (SPEC §1): a PES representative asks for an existing entity or proposes a new one (a draft Entity
/// they own); a CityEditor (ApproveClaims) approves — the account gets a <see cref="PesTorClaimTypes.RepresentedEntity"/>
/// claim, so "Own" permissions cover the entity and what is tied to it, and a proposed entity is published — or rejects
/// with a reason. Every step checks the caller here, not in the pages.
/// </summary>
public sealed partial class EntityClaims(
    IEntityClaimStore store,
    IContentManager contents,
    IContentAuthorizer authorizer,
    ICallerAccessor callers,
    UserManager<PesTorUser> users,
    IUnitOfWork unitOfWork,
    IEmailSender email,
    IStringLocalizer<AccountTexts> T,
    ILogger<EntityClaims> logger)
{
    public const string EntityType = "Entity";
    public const string LegalFormsTaxonomy = "legal-forms";
    private const int MessageLimit = 2000;

    public async Task<FormErrors> ClaimExistingAsync(string entityId, string? message, CancellationToken cancellationToken)
    {
        var errors = new FormErrors();
        var userId = RequireRepresentative(errors);
        var entity = await contents.GetAsync(entityId, VersionOptions.Published, cancellationToken);
        if (entity is null || entity.ContentType != EntityType)
        {
            errors.Add("", T["Nie ma takiego podmiotu w bazie."]);
        }

        CheckMessage(message, errors);
        if (!errors.IsEmpty)
        {
            return errors;
        }

        var mine = await store.ListForUserAsync(userId!, cancellationToken);
        if (mine.Any(c => c.EntityContentItemId == entityId && c.Status is EntityClaimStatus.Pending or EntityClaimStatus.Approved))
        {
            errors.Add("", T["Już poprosiłeś o ten podmiot."]);
            return errors;
        }

        var claim = await store.AddAsync(new EntityClaim
        {
            UserId = userId!, EntityContentItemId = entityId, EntityName = entity!.DisplayText, Message = Clean(message),
        }, cancellationToken);
        LogRequested(logger, claim.Id, userId!, entityId, false);
        return errors;
    }

    public async Task<FormErrors> ProposeAsync(EntityProposal proposal, CancellationToken cancellationToken)
    {
        var errors = new FormErrors();
        var userId = RequireRepresentative(errors);
        if (string.IsNullOrWhiteSpace(proposal.Name))
        {
            errors.Add(nameof(proposal.Name), T["Podaj nazwę podmiotu."]);
        }

        if (string.IsNullOrWhiteSpace(proposal.LegalForm))
        {
            errors.Add(nameof(proposal.LegalForm), T["Wybierz formę prawną."]);
        }

        CheckMessage(proposal.Message, errors);
        if (!errors.IsEmpty)
        {
            return errors;
        }

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var entity = await contents.NewAsync(EntityType, cancellationToken);
        entity.Apply(new TitlePart { Title = proposal.Name.Trim() });
        entity.ApplyField(EntityType, "LegalForm", new TaxonomyField { TaxonomyContentItemId = LegalFormsTaxonomy, TermContentItemIds = [proposal.LegalForm] });
        try
        {
            await contents.CreateAsync(entity, publish: false, cancellationToken);
        }
        catch (ContentValidationException invalid)
        {
            foreach (var error in invalid.Errors)
            {
                errors.Add(error.Path.EndsWith("LegalForm", StringComparison.Ordinal) ? nameof(proposal.LegalForm) : nameof(proposal.Name), error.Message);
            }

            return errors;
        }

        var claim = await store.AddAsync(new EntityClaim
        {
            UserId = userId!, EntityContentItemId = entity.ContentItemId, EntityName = entity.DisplayText, IsProposal = true, Message = Clean(proposal.Message),
        }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogRequested(logger, claim.Id, userId!, entity.ContentItemId, true);
        return errors;
    }

    public async Task<FormErrors> ApproveAsync(long claimId, CancellationToken cancellationToken) =>
        await DecideAsync(claimId, EntityClaimStatus.Approved, note: null, cancellationToken);

    public async Task<FormErrors> RejectAsync(long claimId, string? note, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            var errors = new FormErrors();
            errors.Add("Note", T["Podaj powód odrzucenia; przedstawiciel go zobaczy."]);
            return errors;
        }

        return await DecideAsync(claimId, EntityClaimStatus.Rejected, note.Trim(), cancellationToken);
    }

    /// <summary>
    /// Withdraws an approval (the person no longer represents the entity): the claim becomes Revoked and the account loses
    /// its <see cref="PesTorClaimTypes.RepresentedEntity"/> claim, which the security-stamp check takes out of its session on
    /// the next request. The representative is told why by e-mail.
    /// </summary>
    public async Task<FormErrors> RevokeAsync(long claimId, string? note, CancellationToken cancellationToken)
    {
        var errors = new FormErrors();
        if (!await authorizer.HasPermissionAsync(callers.Caller, SitePermissions.ApproveClaims, cancellationToken))
        {
            throw new ContentAccessDeniedException("Revoking an entity claim needs the ApproveClaims permission.");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            errors.Add("Note", T["Podaj powód cofnięcia; przedstawiciel go zobaczy."]);
            return errors;
        }

        var claim = await store.GetAsync(claimId, cancellationToken);
        var user = claim is null ? null : await users.FindByIdAsync(claim.UserId);
        if (claim is null || user is null)
        {
            errors.Add("", T["Nie ma takiego zgłoszenia."]);
            return errors;
        }

        var editor = callers.Caller.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        await using (var transaction = await unitOfWork.BeginAsync(cancellationToken))
        {
            if (!await store.RevokeAsync(claimId, editor, note.Trim(), cancellationToken))
            {
                errors.Add("", T["To przypisanie nie jest (już) zatwierdzone."]);
                return errors;
            }

            var represented = (await users.GetClaimsAsync(user))
                .Where(c => c.Type == PesTorClaimTypes.RepresentedEntity && c.Value == claim.EntityContentItemId).ToList();
            if (represented.Count > 0)
            {
                await users.RemoveClaimsAsync(user, represented);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        LogDecided(logger, claimId, EntityClaimStatus.Revoked, editor);
        await TellAsync(user,
            T["Cofnięto przypisanie podmiotu {0}", claim.EntityName],
            T["Dzień dobry,\n\nUrząd Miasta cofnął Twoje prawo do prowadzenia profilu podmiotu {0}. Powód: {1}", claim.EntityName, note.Trim()],
            errors, cancellationToken);
        return errors;
    }

    private async Task<FormErrors> DecideAsync(long claimId, EntityClaimStatus decision, string? note, CancellationToken cancellationToken)
    {
        var errors = new FormErrors();
        if (!await authorizer.HasPermissionAsync(callers.Caller, SitePermissions.ApproveClaims, cancellationToken))
        {
            throw new ContentAccessDeniedException("Deciding on entity claims needs the ApproveClaims permission.");
        }

        var claim = await store.GetAsync(claimId, cancellationToken);
        var user = claim is null ? null : await users.FindByIdAsync(claim.UserId);
        if (claim is null || user is null)
        {
            errors.Add("", T["Nie ma takiego zgłoszenia."]);
            return errors;
        }

        var editor = callers.Caller.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        await using (var transaction = await unitOfWork.BeginAsync(cancellationToken))
        {
            if (!await store.DecideAsync(claimId, decision, editor, note, cancellationToken))
            {
                errors.Add("", T["To zgłoszenie zostało już rozpatrzone."]);
                return errors;
            }

            if (decision == EntityClaimStatus.Approved)
            {
                await ApproveEntityAsync(claim, user, cancellationToken);
            }
            else if (claim.IsProposal && await contents.GetAsync(claim.EntityContentItemId, VersionOptions.Latest, cancellationToken) is { } proposed)
            {
                // A rejected proposal leaves no draft behind that its author could keep editing.
                await contents.RemoveAsync(proposed, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        LogDecided(logger, claimId, decision, editor);
        await NotifyAsync(claim, user, decision, note, errors, cancellationToken);
        return errors;
    }

    private async Task ApproveEntityAsync(EntityClaim claim, PesTorUser user, CancellationToken cancellationToken)
    {
        var existing = await users.GetClaimsAsync(user);
        if (!existing.Any(c => c.Type == PesTorClaimTypes.RepresentedEntity && c.Value == claim.EntityContentItemId))
        {
            await users.AddClaimAsync(user, new Claim(PesTorClaimTypes.RepresentedEntity, claim.EntityContentItemId));
        }

        if (claim.IsProposal && await contents.GetAsync(claim.EntityContentItemId, VersionOptions.Latest, cancellationToken) is { Published: false } proposed)
        {
            await contents.PublishAsync(proposed, cancellationToken);
        }
    }

    private async Task NotifyAsync(EntityClaim claim, PesTorUser user, EntityClaimStatus decision, string? note, FormErrors errors, CancellationToken cancellationToken)
    {
        var subject = decision == EntityClaimStatus.Approved ? T["Zgłoszenie podmiotu {0} zostało zatwierdzone", claim.EntityName] : T["Zgłoszenie podmiotu {0} zostało odrzucone", claim.EntityName];
        var body = decision == EntityClaimStatus.Approved
            ? T["Dzień dobry,\n\nUrząd Miasta zatwierdził Twoje zgłoszenie: możesz teraz prowadzić profil podmiotu {0} w zakładce Moje konto.", claim.EntityName]
            : T["Dzień dobry,\n\nUrząd Miasta odrzucił Twoje zgłoszenie podmiotu {0}. Powód: {1}", claim.EntityName, note ?? ""];
        await TellAsync(user, subject, body, errors, cancellationToken);
    }

    // A decision stands even if its message cannot be sent: the editor is told, and the representative sees it in the account.
    private async Task TellAsync(PesTorUser user, string subject, string body, FormErrors errors, CancellationToken cancellationToken)
    {
        try
        {
            await email.SendAsync(new EmailMessage(user.Email!, subject, body), cancellationToken);
        }
        catch (EmailDeliveryException)
        {
            errors.Add("", T["Decyzja została zapisana, ale nie udało się wysłać wiadomości do przedstawiciela."]);
        }
    }

    private string? RequireRepresentative(FormErrors errors)
    {
        var caller = callers.Caller;
        var userId = caller.Identity?.IsAuthenticated == true ? caller.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        if (userId is null || !caller.IsInRole(RoleNames.PesRepresentative))
        {
            errors.Add("", T["O przypisanie podmiotu może poprosić tylko przedstawiciel podmiotu ekonomii społecznej."]);
            return null;
        }

        return userId;
    }

    private void CheckMessage(string? message, FormErrors errors)
    {
        if (message?.Trim().Length > MessageLimit)
        {
            errors.Add("Message", T["Wiadomość może mieć najwyżej {0} znaków.", MessageLimit]);
        }
    }

    private static string? Clean(string? message) => string.IsNullOrWhiteSpace(message) ? null : message.Trim();

    [LoggerMessage(20, LogLevel.Information, "Entity claim {ClaimId}: user {UserId} asks for entity {EntityId} (proposal: {IsProposal})")]
    private static partial void LogRequested(ILogger logger, long claimId, string userId, string entityId, bool isProposal);

    [LoggerMessage(21, LogLevel.Information, "Entity claim {ClaimId} {Decision} by {EditorId}")]
    private static partial void LogDecided(ILogger logger, long claimId, EntityClaimStatus decision, string editorId);
}
