namespace PesTor.Users.Services;

/// <summary>
/// The simple public form for a representative's or resident's own items (Entity profile, Offer, Equipment, Need): every
/// value as typed, so a wrong one comes back as typed beside its message. Which fields show depends on the type.
/// </summary>
public sealed class MyItemForm
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    /// <summary>The represented entity an offer or equipment belongs to.</summary>
    public string? EntityId { get; set; }

    public string? Kind { get; set; }

    public string? Price { get; set; }

    public string? PriceNote { get; set; }

    public string? Quantity { get; set; }

    public string? Condition { get; set; }

    public string? Terms { get; set; }

    public string? Availability { get; set; }

    public string? NeededBy { get; set; }

    public string? Budget { get; set; }

    public string? ContactEmail { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public string? Krs { get; set; }

    public string? Nip { get; set; }

    public string? Regon { get; set; }
}
