using System.Security.Cryptography;
using System.Text;

namespace Fnavdl.Core.FrontDoor;

/// <summary>
/// Anti-CSRF for every state-changing request, two independent checks (OWASP): a double-submit
/// token (a random cookie the page echoes in the <see cref="HeaderName"/> header — another site
/// can neither read the cookie nor set a custom header without a CORS preflight we never grant),
/// and the browser's own <c>Origin</c> / <c>Sec-Fetch-Site</c> saying the request comes from this site.
/// </summary>
public static class CsrfGuard
{
    public const string CookieName = "fnavdl_csrf";
    public const string HeaderName = "X-CSRF-Token";

    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The Set-Cookie value: readable by the page's script (it must echo it), never sent cross-site.</summary>
    public static string Cookie(string token, bool secure) =>
        $"{CookieName}={token}; Path=/; SameSite=Strict{(secure ? "; Secure" : "")}";

    /// <summary>Null when the request passes; otherwise the French reason for a 403.</summary>
    public static string? Check(FrontDoorRequest request)
    {
        if (string.Equals(request.Header("Sec-Fetch-Site"), "cross-site", StringComparison.OrdinalIgnoreCase))
            return "Requête refusée : elle vient d'un autre site.";
        if (request.Header("Origin") is { Length: > 0 } origin && !SameHost(origin, request.Header("Host")))
            return "Requête refusée : son origine n'est pas ce site.";
        var cookie = request.Cookie(CookieName);
        var header = request.Header(HeaderName);
        if (string.IsNullOrEmpty(cookie) || string.IsNullOrEmpty(header)
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(cookie), Encoding.UTF8.GetBytes(header)))
            return "Requête refusée : jeton anti-falsification absent ou invalide. Rechargez la page puis recommencez.";
        return null;
    }

    private static bool SameHost(string origin, string? host) =>
        host is { Length: > 0 }
        && Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && string.Equals(uri.Authority, host, StringComparison.OrdinalIgnoreCase);
}
