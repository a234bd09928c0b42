namespace PesTor.Users.Services;

/// <summary>What a representative fills in to propose an entity that is not in the base yet.</summary>
// An empty field arrives as null from model binding; the form keeps it as "" so checks read plainly.
public sealed class EntityProposal
{
    public string Name { get; set => field = value ?? ""; } = "";

    /// <summary>A term id of the LegalForms taxonomy.</summary>
    public string LegalForm { get; set => field = value ?? ""; } = "";

    public string? Message { get; set; }
}
