namespace Fnavdl.Core.FrontDoor;

/// <summary>An HTTP request as the front door's handlers need it, independent of the host (Kestrel, Azure Functions).</summary>
/// <param name="Path">The URL path, e.g. "/api/depots" or "/".</param>
/// <param name="Header">A request header's value by name (case-insensitive), or null.</param>
/// <param name="Cookie">A request cookie's value by name, or null.</param>
public sealed record FrontDoorRequest(
    string Method,
    string Path,
    Func<string, string?> Header,
    Func<string, string?> Cookie,
    Stream Body,
    FrontDoorCaller Caller)
{
    /// <summary>The request's query parameter, or null.</summary>
    public Func<string, string?> Query { get; init; } = _ => null;
}
