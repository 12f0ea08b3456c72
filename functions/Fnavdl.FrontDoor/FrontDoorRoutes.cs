using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Fnavdl.FrontDoor;

/// <summary>
/// Where each front-door handler answers: the route templates both hosts declare — the Functions in their
/// <c>HttpTrigger</c> attributes (relative to the host's <c>api/</c> prefix), Kestrel through <see cref="Map"/> under
/// <see cref="Api"/>. The page is also served at <c>/</c> by <c>fnavdl serve</c>.
/// </summary>
public static class FrontDoorRoutes
{
    public const string Api = "/api";
    public const string Page = "portail";
    public const string PageAsset = "portail/{asset?}";
    public const string Session = "session";
    public const string Template = "modele";
    public const string Validation = "validation";
    public const string Deposits = "depots";
    public const string ReportsPrefix = "rapports";
    public const string Report = "rapports/{id}";

    /// <summary>The front door on Kestrel: each route to its handler, the request's own cancellation (<c>RequestAborted</c>) passed along.</summary>
    public static void Map(IEndpointRouteBuilder endpoints, FrontDoorHandlers handlers)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(handlers);
        endpoints.MapGet("/", FrontDoorHandlers.Page);
        endpoints.MapGet($"{Api}/{PageAsset}", (string? asset) => asset is null ? FrontDoorHandlers.Page() : FrontDoorHandlers.Asset(asset));
        endpoints.MapGet($"{Api}/{Session}", (HttpRequest request) => handlers.Session(request));
        endpoints.MapGet($"{Api}/{Template}", (HttpRequest request) => handlers.Template(request));
        endpoints.MapPost($"{Api}/{Validation}", (HttpRequest request, CancellationToken aborted) => handlers.ValidateAsync(request, aborted));
        endpoints.MapGet($"{Api}/{Deposits}", (HttpRequest request, CancellationToken aborted) => handlers.ListDepositsAsync(request, aborted));
        endpoints.MapPost($"{Api}/{Deposits}", (HttpRequest request, CancellationToken aborted) => handlers.DepositAsync(request, aborted));
        endpoints.MapGet($"{Api}/{Report}", (HttpRequest request, string id, CancellationToken aborted) => handlers.ReportAsync(request, id, aborted));
        endpoints.MapFallback(FrontDoorHandlers.Unknown);
    }
}
