using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PesTor.Security;
using PesTor.Users.Services;

namespace PesTor.Users.Pages.Admin;

/// <summary>The CityEditor's queue of entity claims (oldest first): approve, or reject with a reason; and the approved ones, which can be revoked with a reason.</summary>
[Authorize(Policy = PermissionPolicies.ApproveClaims)]
public sealed class ClaimsModel(EntityClaims claims, IEntityClaimStore store, IUserDirectory directory, IStringLocalizer<AccountTexts> T) : PageModel
{
    private const int PageSize = 50;

    public sealed record Row(EntityClaim Claim, string UserName, string? FullName, string? Email);

    public IReadOnlyList<Row> Pending { get; private set; } = [];

    public IReadOnlyList<Row> Approved { get; private set; } = [];

    public string? Notice { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Notice = Request.Query["zrobione"].ToString() switch
        {
            "zatwierdzone" => T["Zgłoszenie zatwierdzone; przedstawiciel może prowadzić profil podmiotu."].Value,
            "odrzucone" => T["Zgłoszenie odrzucone; przedstawiciel zobaczy powód."].Value,
            "cofniete" => T["Przypisanie cofnięte; przedstawiciel nie prowadzi już profilu podmiotu."].Value,
            _ => null,
        };
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostApproveAsync(long id, CancellationToken cancellationToken) =>
        await AfterAsync(await claims.ApproveAsync(id, cancellationToken), "zatwierdzone", cancellationToken);

    public async Task<IActionResult> OnPostRejectAsync(long id, string? note, CancellationToken cancellationToken) =>
        await AfterAsync(await claims.RejectAsync(id, note, cancellationToken), "odrzucone", cancellationToken);

    public async Task<IActionResult> OnPostRevokeAsync(long id, string? note, CancellationToken cancellationToken) =>
        await AfterAsync(await claims.RevokeAsync(id, note, cancellationToken), "cofniete", cancellationToken);

    private async Task<IActionResult> AfterAsync(FormErrors errors, string done, CancellationToken cancellationToken)
    {
        if (errors.IsEmpty)
        {
            return RedirectToPage(new { zrobione = done });
        }

        ModelState.AddFormErrors(errors);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var pending = await store.ListAsync(EntityClaimStatus.Pending, 0, PageSize, cancellationToken);
        var approved = await store.ListAsync(EntityClaimStatus.Approved, 0, PageSize, cancellationToken);
        var accounts = await directory.GetManyAsync(pending.Concat(approved).Select(c => c.UserId).Distinct(), cancellationToken);
        Row ToRow(EntityClaim c) => accounts.TryGetValue(c.UserId, out var u)
            ? new Row(c, u.UserName ?? "", u.FullName, u.Email)
            : new Row(c, c.UserId, null, null);
        Pending = [.. pending.Select(ToRow)];
        Approved = [.. approved.Select(ToRow)];
    }
}
