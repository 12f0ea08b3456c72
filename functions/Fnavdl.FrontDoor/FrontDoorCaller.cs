namespace Fnavdl.FrontDoor;

/// <summary>
/// Who is calling, as the host established it — never from the request's form, file name or
/// query: on Azure the signed-in principal's region group, locally the region fixed by
/// <c>fnavdl serve --region</c> or chosen on the page in "mode local".
/// </summary>
/// <param name="CodeRegion">The caller's region, or null when signed in without any region group.</param>
/// <param name="Problem">Why the caller has no region (French), for a 403.</param>
/// <param name="LocalMode">True when the page may ask which region (a laptop, never Azure).</param>
public sealed record FrontDoorCaller(bool Authenticated, string? CodeRegion, string? Problem = null, bool LocalMode = false)
{
    public static FrontDoorCaller Anonymous { get; } = new(false, null);

    public static FrontDoorCaller Region(string codeRegion, bool localMode = false) => new(true, codeRegion, null, localMode);

    public static FrontDoorCaller WithoutRegion(string problem, bool localMode = false) => new(true, null, problem, localMode);
}
