namespace Fnavdl.Core.Ingestion;

/// <summary>
/// The work area's path is not a private folder of this user (a link, another user's folder, a folder
/// others may read): nothing is written there. The message is French and says what to do.
/// </summary>
public sealed class UnsafeWorkAreaException : IOException
{
    public UnsafeWorkAreaException() { }

    public UnsafeWorkAreaException(string message) : base(message) { }

    public UnsafeWorkAreaException(string message, Exception innerException) : base(message, innerException) { }
}
