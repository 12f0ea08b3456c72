using Microsoft.Extensions.Logging;

namespace Fnavdl.Cli;

/// <summary>
/// Warnings of the storage adapters (e.g. a wait for a unit lock another process holds) on the CLI's
/// error stream, so a person sees why the command pauses. The messages are French templates, one line each
/// whatever the names they quote hold.
/// </summary>
internal sealed class ConsoleLogger(TerminalWriter error) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel)) error.WriteLine(formatter(state, exception));
    }
}
