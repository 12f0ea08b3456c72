using Microsoft.AspNetCore.Http;

namespace Fnavdl.FrontDoor;

/// <summary>
/// The browser's own word on where a state-changing request comes from (<c>Sec-Fetch-Site</c>, <c>Origin</c>): a
/// second check beside the anti-forgery token, on both hosts.
/// </summary>
public static class BrowserOrigin
{
    /// <summary>Null when the request comes from this site; otherwise the French reason for a 403.</summary>
    public static string? Problem(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.Equals(request.Headers["Sec-Fetch-Site"], "cross-site", StringComparison.OrdinalIgnoreCase))
            return "Requête refusée : elle vient d'un autre site.";
        if (request.Headers.Origin.ToString() is { Length: > 0 } origin
            && !(Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)))
            return "Requête refusée : son origine n'est pas ce site.";
        return null;
    }
}
