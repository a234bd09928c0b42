namespace PesTor.Security;

public static class PesTorClaimTypes
{
    /// <summary>Marks the system principal used by recipes and background work.</summary>
    public const string System = "pestor:system";

    /// <summary>
    /// The content item id of an entity a PES representative was approved for, one claim per entity. The accounts module
    /// stores it as a user claim when a CityEditor approves the representative's claim (and removes it when revoked), so
    /// it travels in the sign-in cookie; "Own" permissions then cover that entity (see <see cref="IContentOwnership"/>).
    /// </summary>
    public const string RepresentedEntity = "pestor:entity";
}
