namespace Fnavdl.Core.Access;

/// <summary>
/// What an analysts' query found, independent of any host: its value, or the French reason its parameters
/// were refused (the analyst who typed the URL reads it as is). The HTTP handlers turn it into an answer.
/// </summary>
public sealed record QueryOutcome<T>(T? Value, string? Error)
{
    public static QueryOutcome<T> Found(T value) => new(value, null);

    public static QueryOutcome<T> Refused(string error) => new(default, error);
}
