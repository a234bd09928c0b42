using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PesTor.Security;

namespace PesTor.Users.Pages.Admin.Users;

/// <summary>Accounts, searched by login, name or e-mail, 50 a page.</summary>
[Authorize(Policy = PermissionPolicies.ManageUsers)]
public sealed class IndexModel(IUserDirectory directory) : PageModel
{
    public sealed record Row(PesTorUser User, IReadOnlyList<string> Roles);

    public int PageSize => 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "strona")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        var (users, total) = await directory.SearchAsync(Query, (PageNumber - 1) * PageSize, PageSize, cancellationToken);
        var roles = await directory.RolesOfAsync(users.Select(u => u.Id), cancellationToken);
        Rows = [.. users.Select(u => new Row(u, roles[u.Id]))];
        Total = total;
    }
}
