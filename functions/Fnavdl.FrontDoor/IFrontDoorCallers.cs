using Microsoft.AspNetCore.Http;

namespace Fnavdl.FrontDoor;

/// <summary>
/// Who is calling, as the host establishes it (never from the form, the file name or the query): on Azure the Easy
/// Auth principal's region group, locally the region of <c>fnavdl serve --region</c> or the one chosen on the page.
/// </summary>
public interface IFrontDoorCallers
{
    FrontDoorCaller Resolve(HttpRequest request);
}
