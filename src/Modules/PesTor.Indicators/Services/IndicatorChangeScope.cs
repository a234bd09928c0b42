using PesTor.Indicators;

namespace PesTor.Indicators.Services;

/// <summary>
/// Says why an indicator's value is being changed on this async flow, so the history handler (which sees only the
/// published item) records the right source and note. Without a scope a change is the recipe's (while importing) or an
/// editor's (otherwise).
/// </summary>
internal static class IndicatorChangeScope
{
    private static readonly AsyncLocal<Change?> CurrentChange = new();

    public static Change? Current => CurrentChange.Value;

    public static IDisposable Begin(IndicatorValueSource source, string? note)
    {
        var previous = CurrentChange.Value;
        CurrentChange.Value = new Change(source, note);
        return new End(previous);
    }

    internal sealed record Change(IndicatorValueSource Source, string? Note);

    private sealed class End(Change? previous) : IDisposable
    {
        public void Dispose() => CurrentChange.Value = previous;
    }
}
