using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Fnavdl.FrontDoor;

/// <summary>
/// A stateless double-submit token for the Functions app (OWASP): a random cookie (HttpOnly, Secure, SameSite=Strict)
/// whose value the page gets with its session and echoes in a header; another site can neither read it nor set a
/// custom header without a CORS preflight we never grant. Stateless because Flex Consumption instances share no
/// data-protection key ring, so ASP.NET Core's antiforgery token issued by one instance would fail on the next.
/// </summary>
public sealed class DoubleSubmitGuard : IForgeryGuard
{
    public string Issue(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Cookies[IForgeryGuard.CookieName] is { Length: > 0 } existing) return existing;
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        context.Response.Cookies.Append(IForgeryGuard.CookieName, token, new CookieOptions
        {
            Path = "/",
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.Strict,
        });
        return token;
    }

    public Task<bool> IsValidAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cookie = context.Request.Cookies[IForgeryGuard.CookieName];
        var header = context.Request.Headers[IForgeryGuard.HeaderName].ToString();
        return Task.FromResult(!string.IsNullOrEmpty(cookie) && header.Length > 0
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(cookie), Encoding.UTF8.GetBytes(header)));
    }
}
