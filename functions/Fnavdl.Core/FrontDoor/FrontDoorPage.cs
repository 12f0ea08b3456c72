using System.Reflection;

namespace Fnavdl.Core.FrontDoor;

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

    public static FrontDoorResponse Html() => Secure(new FrontDoorResponse(200, FrontDoorResponse.HtmlType, IndexHtml.Value));

    /// <summary>The stylesheet or script at <paramref name="path"/>, or null.</summary>
    public static FrontDoorResponse? Asset(string path) => path switch
    {
        PagePath + "/page.css" => Secure(new FrontDoorResponse(200, "text/css; charset=utf-8", Css.Value)),
        PagePath + "/page.js" => Secure(new FrontDoorResponse(200, "text/javascript; charset=utf-8", Js.Value)),
        _ => null,
    };

    private static FrontDoorResponse Secure(FrontDoorResponse response) => response
        .WithHeader("Content-Security-Policy", Policy)
        .WithHeader("X-Content-Type-Options", "nosniff")
        .WithHeader("Referrer-Policy", "same-origin")
        .WithHeader("Cache-Control", "no-cache");

    private static byte[] Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Fnavdl.FrontDoor.{name}")
            ?? throw new InvalidOperationException($"Embedded page asset missing: {name}");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
