using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using PesTor.ContentManagement;
using PesTor.Recipes;
using PesTor.Users.Services;

namespace PesTor.Users.Recipes;

/// <summary>
/// <c>Roles</c>: roles by name with a description and exactly the listed permissions (upserted: a permission missing from
/// the list is taken away, one already granted is left as it is).
/// </summary>
internal sealed class RolesStep(RoleManager<PesTorRole> roles, RolePermissionCache cache) : IRecipeStepHandler
{
    public string Name => "Roles";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Step["Roles"] is not JsonArray list)
        {
            throw new RecipeStepException("Roles", "The step needs a 'Roles' array.");
        }

        for (var i = 0; i < list.Count; i++)
        {
            RoleEntry entry;
            try
            {
                entry = list[i].Deserialize<RoleEntry>(ContentJson.Options) ?? throw new RecipeStepException($"Roles[{i}]", "A role is required here.");
            }
            catch (JsonException ex)
            {
                throw new RecipeStepException($"Roles[{i}]", $"The role has the wrong shape: {ex.Message}");
            }

            if (string.IsNullOrWhiteSpace(entry.Name))
            {
                throw new RecipeStepException($"Roles[{i}].Name", "Every role needs a name.");
            }

            await UpsertAsync(entry, $"Roles[{i}]");
        }

        cache.Invalidate();
    }

    private async Task UpsertAsync(RoleEntry entry, string path)
    {
        var role = await roles.FindByNameAsync(entry.Name);
        if (role is null)
        {
            role = new PesTorRole { Name = entry.Name, Description = entry.Description };
            Check(await roles.CreateAsync(role), path);
        }
        else if (role.Description != entry.Description)
        {
            role.Description = entry.Description;
            Check(await roles.UpdateAsync(role), path);
        }

        var granted = (await roles.GetClaimsAsync(role)).Where(c => c.Type == RoleNames.PermissionClaimType).ToList();
        foreach (var claim in granted.Where(c => !entry.Granted.Contains(c.Value)))
        {
            Check(await roles.RemoveClaimAsync(role, claim), path);
        }

        foreach (var permission in entry.Granted.Distinct(StringComparer.Ordinal).Where(p => granted.All(c => c.Value != p)))
        {
            Check(await roles.AddClaimAsync(role, new Claim(RoleNames.PermissionClaimType, permission)), path);
        }
    }

    private static void Check(IdentityResult result, string path)
    {
        if (!result.Succeeded)
        {
            throw new RecipeStepException(path, string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    private sealed record RoleEntry(string Name, string? Description, List<string>? Permissions)
    {
        public IReadOnlyList<string> Granted => Permissions ?? [];
    }
}
