using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Fnavdl.FrontDoor.Tests;

/// <summary>Every log line of a server, as its operator would read them.</summary>
public sealed class RecordingLogs : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Message)> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose() { }

    private sealed class Logger(RecordingLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) logs.Lines.Enqueue((logLevel, formatter(state, exception)));
        }
    }
}
