namespace PesTor.Indicators;

/// <summary>Keeps count-based indicators equal to the count they describe (used by the workflow activity "RecountIndicator").</summary>
public interface IIndicatorRecounter
{
    /// <summary>Recounts one indicator; returns its value, or null when it is not count-based.</summary>
    Task<decimal?> RecountAsync(string indicatorContentItemId, CancellationToken cancellationToken = default);

    /// <summary>Recounts every count-based indicator that counts items of <paramref name="contentType"/>; returns how many it recounted.</summary>
    Task<int> RecountCountingAsync(string contentType, CancellationToken cancellationToken = default);
}
