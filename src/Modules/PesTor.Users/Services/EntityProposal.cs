namespace PesTor.Users.Services;

/// <summary>What a representative fills in to propose an entity that is not in the base yet.</summary>
public sealed class EntityProposal
{
    public string Name { get; set; } = "";

    /// <summary>A term id of the LegalForms taxonomy.</summary>
    public string LegalForm { get; set; } = "";

    public string? Message { get; set; }
}
