namespace Fnavdl.Functions;

/// <summary>The front door's settings.</summary>
public static class FrontDoorSettings
{
    /// <summary><c>Fnavdl__RegionGroups</c>: <c>93=group-object-id;84=…</c>, the Bicep's <c>regionUploaders</c>.</summary>
    public const string RegionGroups = "RegionGroups";

    /// <summary>Set to <c>true</c> by App Service when its built-in authentication is on: only then is the principal header trusted.</summary>
    public const string PlatformAuthentication = "WEBSITE_AUTH_ENABLED";
}
