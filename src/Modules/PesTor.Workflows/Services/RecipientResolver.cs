using Microsoft.AspNetCore.Identity;
using PesTor.ContentManagement;
using PesTor.Users;
using PesTor.Workflows.Activities;

namespace PesTor.Workflows.Services;

/// <summary>
/// Who an e-mail or a notification goes to: every user of a role, a named user, a fixed address, the item's owner, the
/// owner of an item the item picks (a need's author, from a response), or an address held in one of the item's fields.
/// </summary>
public sealed class RecipientResolver(UserManager<PesTorUser> users, IContentManager contents)
{
    public const string Role = "role";
    public const string User = "user";
    public const string Address = "address";
    public const string Owner = "owner";
    public const string PickedOwner = "pickedOwner";
    public const string FieldAddress = "field";

    public static readonly IReadOnlyList<(string Value, string Label)> Kinds =
    [
        (Role, "Wszyscy użytkownicy roli"),
        (User, "Użytkownik (login)"),
        (Address, "Adres e-mail"),
        (Owner, "Właściciel elementu"),
        (PickedOwner, "Właściciel elementu wskazanego w polu (Część.Pole)"),
        (FieldAddress, "Adres z pola elementu (Część.Pole)"),
    ];

    public async Task<IReadOnlyList<Recipient>> ResolveAsync(string kind, string? value, ActivityContext context, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case Role:
                var members = await users.GetUsersInRoleAsync(value ?? "");
                return members.OrderBy(u => u.UserName, StringComparer.Ordinal).Select(ToRecipient).ToList();
            case User:
                return await users.FindByNameAsync(value ?? "") is { } user ? [ToRecipient(user)] : [];
            case Address:
                return [new Recipient(null, value)];
            case Owner:
                return await OwnerAsync(context.RequireItem("Odbiorca: właściciel").Owner);
            case PickedOwner:
                var picked = ContentValues.Read(context.RequireItem("Odbiorca: właściciel wskazanego elementu"), value ?? "");
                var result = new List<Recipient>();
                foreach (var item in await contents.GetManyAsync(picked, VersionOptions.Latest, cancellationToken))
                {
                    result.AddRange(await OwnerAsync(item.Owner));
                }

                return result;
            case FieldAddress:
                return ContentValues.Read(context.RequireItem("Odbiorca: adres z pola"), value ?? "").Select(a => new Recipient(null, a)).ToList();
            default:
                throw new InvalidOperationException($"'{kind}' is not a kind of recipient.");
        }
    }

    private async Task<IReadOnlyList<Recipient>> OwnerAsync(string? ownerId) =>
        ownerId is not null && await users.FindByIdAsync(ownerId) is { } owner ? [ToRecipient(owner)] : [];

    private static Recipient ToRecipient(PesTorUser user) => new(user.Id, user.Email);
}

public sealed record Recipient(string? UserId, string? Email);
