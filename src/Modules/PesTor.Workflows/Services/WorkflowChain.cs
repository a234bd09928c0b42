namespace PesTor.Workflows.Services;

/// <summary>
/// The workflows whose activities are running on this async flow (outermost first). Content events raised by an activity
/// carry it into the runs they start, so a workflow never starts itself again, directly or through others.
/// </summary>
internal static class WorkflowChain
{
    /// <summary>Beyond this many nested workflows nothing more starts: a cycle through several workflows ends here.</summary>
    public const int MaxDepth = 5;

    private static readonly AsyncLocal<IReadOnlyList<string>?> Running = new();

    public static IReadOnlyList<string> Current => Running.Value ?? [];

    public static IDisposable Enter(IReadOnlyList<string> chain)
    {
        var previous = Running.Value;
        Running.Value = chain;
        return new Exit(previous);
    }

    private sealed class Exit(IReadOnlyList<string>? previous) : IDisposable
    {
        public void Dispose() => Running.Value = previous;
    }
}
