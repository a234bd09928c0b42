namespace PesTor.Users.Services;

/// <summary>Polish names (localizer keys) of a claim's states.</summary>
public static class ClaimTexts
{
    public static string Status(EntityClaimStatus status) => status switch
    {
        EntityClaimStatus.Pending => "czeka na decyzję urzędu",
        EntityClaimStatus.Approved => "zatwierdzone",
        EntityClaimStatus.Rejected => "odrzucone",
        EntityClaimStatus.Revoked => "cofnięte",
        _ => status.ToString(),
    };
}
