using Fnavdl.Core.Reference;
using Microsoft.AspNetCore.Http;

namespace Fnavdl.FrontDoor;

/// <summary>
/// The caller of <c>fnavdl serve</c>: the <c>--region</c> given, or — "mode local" — the region chosen on the page (a
/// cookie), which only a loopback server that answers its own host names accepts.
/// </summary>
public sealed class LocalCallers(string? fixedRegion, AdministrativeReference reference) : IFrontDoorCallers
{
    public const string RegionCookie = "fnavdl_region_local";

    public FrontDoorCaller Resolve(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (fixedRegion is not null) return FrontDoorCaller.Region(fixedRegion);
        return request.Cookies[RegionCookie] is { } chosen && reference.FindRegion(chosen) is { } found && found.Code == chosen
            ? FrontDoorCaller.Region(found.Code, localMode: true)
            : FrontDoorCaller.WithoutRegion("Mode local : choisissez la région pour laquelle vous déposez.", localMode: true);
    }
}
