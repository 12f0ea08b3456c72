using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Fnavdl.FrontDoor;

/// <summary>
/// ASP.NET Core's antiforgery (a signed cookie token, HttpOnly and SameSite=Strict, and a request token bound to it,
/// both protected by the process's data-protection keys) for <c>fnavdl serve</c>. Configured by
/// <see cref="Configure"/>: the token travels in a header only, the form is never read to look for it.
/// </summary>
public sealed class AntiforgeryGuard(IAntiforgery antiforgery) : IForgeryGuard
{
    public static void Configure(AntiforgeryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.HeaderName = IForgeryGuard.HeaderName;
        options.Cookie.Name = IForgeryGuard.CookieName;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        // A multipart upload is the deposit itself: never buffer it to look for a token.
        options.SuppressReadingTokenFromFormBody = true;
    }

    public string Issue(HttpContext context) => antiforgery.GetAndStoreTokens(context).RequestToken!;

    public Task<bool> IsValidAsync(HttpContext context) => antiforgery.IsRequestValidAsync(context);
}
