using System.Net;
using Fnavdl.Core.FrontDoor;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage.Local;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Fnavdl.Cli.Serving;

/// <summary>
/// The front door on a laptop: ASP.NET Core's Kestrel on 127.0.0.1 only, every request handed to
/// the same <see cref="FrontDoorService"/> as the Azure Functions, over the local store; a deposit
/// is ingested before the answer. The identity is the <c>--region</c> given, or — "mode local" —
/// the region chosen on the page (a cookie), which only a loopback server accepts.
/// </summary>
public sealed class LocalFrontDoor : IAsyncDisposable
{
    public const string LocalRegionCookie = "fnavdl_region_local";

    private readonly WebApplication _app;

    private LocalFrontDoor(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The page's address, e.g. http://127.0.0.1:5173/.</summary>
    public Uri Address { get; }

    /// <param name="port">0 picks a free port.</param>
    /// <param name="region">The fixed identity, or null for "mode local".</param>
    public static async Task<LocalFrontDoor> StartAsync(string storeRoot, int port, string? region, FrontDoorOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var reference = AdministrativeReference.Embedded;
        var store = new LocalPipelineStore(storeRoot);
        var service = new FrontDoorService(store, reference, new IngestNow(new UploadIngestionService(store)),
            options ?? new FrontDoorOptions(), TimeProvider.System);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            // The front door enforces its own limit while streaming (413, nothing kept).
            kestrel.Limits.MaxRequestBodySize = null;
            kestrel.AddServerHeader = false;
        });
        var app = builder.Build();
        app.Run(context => HandleAsync(context, service, reference, region));
        await app.StartAsync(cancellationToken);
        var bound = app.Urls.Select(u => new Uri(u)).First();
        return new LocalFrontDoor(app, new Uri($"http://127.0.0.1:{bound.Port}/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task HandleAsync(HttpContext context, FrontDoorService service, AdministrativeReference reference, string? region)
    {
        var http = context.Request;
        var caller = region is not null
            ? FrontDoorCaller.Region(region)
            : http.Cookies[LocalRegionCookie] is { } chosen && reference.FindRegion(chosen) is { } found && found.Code == chosen
                ? FrontDoorCaller.Region(found.Code, localMode: true)
                : FrontDoorCaller.WithoutRegion("Mode local : choisissez la région pour laquelle vous déposez.", localMode: true);
        var request = new FrontDoorRequest(http.Method, http.Path.Value ?? "/",
            name => http.Headers.TryGetValue(name, out var values) ? values.ToString() : null,
            name => http.Cookies[name], http.Body, caller)
        {
            Query = name => http.Query.TryGetValue(name, out var values) ? values.ToString() : null,
        };
        var answer = await service.HandleAsync(request, context.RequestAborted);
        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = answer.ContentType;
        foreach (var (name, value) in answer.Headers) context.Response.Headers.Append(name, value);
        await context.Response.Body.WriteAsync(answer.Body, context.RequestAborted);
    }
}
