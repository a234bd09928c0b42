namespace PesTor.Security;

public static class PesTorClaimTypes
{
    /// <summary>Marks the system principal used by recipes and background work.</summary>
    public const string System = "pestor:system";
}
