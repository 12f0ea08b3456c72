using System.Net;
using Fnavdl.Core.Composition;
using Fnavdl.FrontDoor;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Fnavdl.Cli.Serving;

/// <summary>
/// The front door on a laptop: ASP.NET Core's Kestrel on 127.0.0.1 only, each route to the same
/// <see cref="FrontDoorHandlers"/> as the Azure Functions (<see cref="FrontDoorRoutes.Map"/>), over the local store;
/// a deposit is ingested before the answer. In ASP.NET Core's own model: host filtering answers only the server's own
/// names (<c>127.0.0.1</c>, <c>localhost</c>; any other Host — a DNS-rebinding page — gets a bare 400), antiforgery
/// guards every POST, Kestrel bounds every request body by the upload limit, and the host's lifetime stops the server on
/// SIGTERM and Ctrl+C. The identity is the <c>--region</c> given, or — "mode local" — the region chosen on the page.
/// </summary>
public sealed class LocalFrontDoor : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalFrontDoor(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The page's address, e.g. http://127.0.0.1:5173/.</summary>
    public Uri Address { get; }

    /// <summary>Completes when the server has stopped: SIGTERM, Ctrl+C, or <see cref="DisposeAsync"/>.</summary>
    public Task Stopped => _app.WaitForShutdownAsync();

    /// <param name="pipeline">The pipeline over the local store, from the CLI's composition root.</param>
    /// <param name="options">The front door's limits and request deadline, from the same settings.</param>
    /// <param name="port">0 picks a free port.</param>
    /// <param name="region">The fixed identity, or null for "mode local".</param>
    /// <param name="logs">Where the server's log goes (none when null).</param>
    public static async Task<LocalFrontDoor> StartAsync(PipelineServices pipeline, FrontDoorOptions options, int port, string? region,
        ILoggerProvider? logs = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (logs is not null) builder.Logging.AddProvider(logs);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            // Every body, whatever its parts: the file and its multipart frame (the handlers bound it too, on both hosts).
            kestrel.Limits.MaxRequestBodySize = UploadedFile.MaxBodyBytes(options.Limits.MaxUploadBytes);
            kestrel.AddServerHeader = false;
        });
        builder.Services.Configure<HostFilteringOptions>(filtering =>
        {
            // The port is the socket's: a rebinding page reaches it only under its own name, which is refused here.
            filtering.AllowedHosts = ["127.0.0.1", "localhost"];
            filtering.AllowEmptyHosts = false;
            filtering.IncludeFailureMessage = false;
        });
        // Tokens live as long as the process: nothing written to disk, a restart asks the page to reload.
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.AddAntiforgery(AntiforgeryGuard.Configure);
        builder.Services.AddSingleton(pipeline.Store);
        builder.Services.AddSingleton(pipeline.Reference);
        builder.Services.AddSingleton(pipeline.Validator());
        builder.Services.AddSingleton(pipeline.Clock);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<IDepositProcessing>(new IngestNow(pipeline.Ingestion));
        builder.Services.AddSingleton<IFrontDoorCallers>(new LocalCallers(region, pipeline.Reference));
        builder.Services.AddSingleton<IForgeryGuard, AntiforgeryGuard>();
        builder.Services.AddSingleton<FrontDoorHandlers>();
        // Stop within the 5 s a service manager waits before SIGKILL, even with a check in flight (it is cancelled).
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(3));

        var app = builder.Build();
        app.UseHostFiltering();
        FrontDoorRoutes.Map(app, app.Services.GetRequiredService<FrontDoorHandlers>());
        await app.StartAsync(cancellationToken);
        var bound = app.Urls.Select(u => new Uri(u)).First();
        return new LocalFrontDoor(app, new Uri($"http://127.0.0.1:{bound.Port}/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
