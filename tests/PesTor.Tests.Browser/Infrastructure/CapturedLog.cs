using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PesTor.Tests.Browser.Infrastructure;

/// <summary>Collects warnings and errors the site logs, so a test can fail on any it did not expect.</summary>
public sealed class CapturedLog : ILoggerProvider
{
    // Known and harmless here: test hosts have no certificate to encrypt data-protection keys with.
    private static readonly (string Category, int EventId)[] Expected =
    [
        ("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", 35),
        ("Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository", 60),
    ];

    private readonly ConcurrentQueue<string> _issues = new();

    public IReadOnlyCollection<string> Issues => _issues;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void Clear() => _issues.Clear();

    /// <summary>Drops entries a test caused on purpose (e.g. asking /health/ready of a site that is not set up).</summary>
    public void Forget(string containing)
    {
        var kept = _issues.Where(i => !i.Contains(containing, StringComparison.Ordinal)).ToList();
        _issues.Clear();
        kept.ForEach(_issues.Enqueue);
    }

    public void Dispose()
    {
    }

    private sealed class Logger(string category, CapturedLog owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel < LogLevel.Warning || Expected.Contains((category, eventId.Id)))
            {
                return;
            }

            owner._issues.Enqueue($"{logLevel} {category}[{eventId.Id}]: {formatter(state, exception)} {exception}");
        }
    }
}
