using System.Reflection;
using Fnavdl.FrontDoor.Http;

namespace Fnavdl.FrontDoor;

/// <summary>
/// The page and its two assets, embedded in the assembly (nothing to deploy beside the code, no
/// external resource). The content security policy lets the page load only its own files and
/// talk only to its own API.
/// </summary>
public static class FrontDoorPage
{
    public const string PagePath = "/api/portail";

    private const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static readonly Lazy<byte[]> IndexHtml = new(() => Read("index.html"));
    private static readonly Lazy<byte[]> Css = new(() => Read("page.css"));
    private static readonly Lazy<byte[]> Js = new(() => Read("page.js"));

    public static Answer Html() => Secure(Answer.Of(200, Answer.HtmlType, IndexHtml.Value));

    /// <summary>The stylesheet or script named <paramref name="asset"/> (<c>page.css</c>, <c>page.js</c>), or null.</summary>
    public static Answer? Asset(string? asset) => asset switch
    {
        "page.css" => Secure(Answer.Of(200, "text/css; charset=utf-8", Css.Value)),
        "page.js" => Secure(Answer.Of(200, "text/javascript; charset=utf-8", Js.Value)),
        _ => null,
    };

    private static Answer Secure(Answer answer) => answer
        .WithHeader("Content-Security-Policy", Policy)
        .WithHeader("Referrer-Policy", "same-origin");

    private static byte[] Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Fnavdl.FrontDoor.{name}")
            ?? throw new InvalidOperationException($"Embedded page asset missing: {name}");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
