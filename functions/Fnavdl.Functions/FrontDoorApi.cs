using Fnavdl.FrontDoor;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Fnavdl.Functions;

/// <summary>
/// The regions' front door on Azure: each function binds its route and calls its handler, the same
/// <see cref="FrontDoorHandlers"/> as <c>fnavdl serve</c>; the caller is the Easy Auth principal. Anonymous at the
/// Functions level: sign-in is the platform's, authorisation the handlers'. A deposit lands in the uploads container
/// and the blob trigger ingests it. The handlers stop when the client leaves or the invocation is cancelled.
/// </summary>
public sealed class FrontDoorApi(FrontDoorHandlers handlers)
{
    [Function("Portail")]
    public IResult Page(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = FrontDoorRoutes.PageAsset)] HttpRequest request, string? asset) =>
        asset is null ? FrontDoorHandlers.Page() : FrontDoorHandlers.Asset(asset);

    [Function("Session")]
    public IResult Session(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = FrontDoorRoutes.Session)] HttpRequest request) =>
        handlers.Session(request);

    [Function("Modele")]
    public IResult Template(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = FrontDoorRoutes.Template)] HttpRequest request) =>
        handlers.Template(request);

    [Function("Validation")]
    public async Task<IResult> Validate(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = FrontDoorRoutes.Validation)] HttpRequest request, FunctionContext context)
    {
        using var aborted = Aborted(request, context);
        return await handlers.ValidateAsync(request, aborted.Token);
    }

    [Function("Depots")]
    public async Task<IResult> Deposits(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = FrontDoorRoutes.Deposits)] HttpRequest request, FunctionContext context)
    {
        using var aborted = Aborted(request, context);
        return HttpMethods.IsPost(request.Method)
            ? await handlers.DepositAsync(request, aborted.Token)
            : await handlers.ListDepositsAsync(request, aborted.Token);
    }

    [Function("Rapport")]
    public async Task<IResult> Report(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = FrontDoorRoutes.Report)] HttpRequest request, string id, FunctionContext context)
    {
        using var aborted = Aborted(request, context);
        return await handlers.ReportAsync(request, id, aborted.Token);
    }

    /// <summary>The client leaving (the request's own token) or the invocation being cancelled (host shutdown, timeout).</summary>
    internal static CancellationTokenSource Aborted(HttpRequest request, FunctionContext context) =>
        CancellationTokenSource.CreateLinkedTokenSource(request.HttpContext.RequestAborted, context.CancellationToken);
}
