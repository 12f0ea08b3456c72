using Microsoft.AspNetCore.Http;

namespace Fnavdl.FrontDoor;

/// <summary>
/// The anti-forgery token of every state-changing request: handed to the page with its session, echoed by the page
/// in <see cref="HeaderName"/>, checked before anything is read. <c>fnavdl serve</c> uses ASP.NET Core's own
/// antiforgery (<see cref="AntiforgeryGuard"/>); the Functions app a stateless double-submit cookie
/// (<see cref="DoubleSubmitGuard"/>: its instances share no key ring).
/// </summary>
public interface IForgeryGuard
{
    public const string HeaderName = "X-CSRF-Token";
    public const string CookieName = "fnavdl_csrf";

    /// <summary>The request token for the page (sets the cookie half on the response when needed).</summary>
    string Issue(HttpContext context);

    /// <summary>True when the request carries a valid token pair.</summary>
    Task<bool> IsValidAsync(HttpContext context);
}
