using System.Text;
using System.Text.Json;
using Fnavdl.FrontDoor;
using Microsoft.AspNetCore.Http;

namespace Fnavdl.Functions;

/// <summary>
/// The caller of an HTTP function as App Service built-in authentication (Easy Auth) signed them
/// in: the platform validates the Entra ID sign-in and passes the principal in the
/// <c>X-MS-CLIENT-PRINCIPAL</c> header (base64 JSON of its claims), removing any copy a client
/// sent. The region is the one whose uploader group (the same group ids as the storage ABAC
/// conditions, app setting <c>Fnavdl__RegionGroups</c>) the principal's <c>groups</c> claims name.
/// </summary>
/// <param name="regionGroups">Entra ID group object id → INSEE region code.</param>
/// <param name="platformAuthentication">
/// True only when the platform's authentication is on (<see cref="PlatformAuthentication"/>, set by App
/// Service itself): without it the header could come from anyone, so nobody is signed in.
/// </param>
public sealed class EasyAuthCallers(IReadOnlyDictionary<string, string> regionGroups, bool platformAuthentication) : IFrontDoorCallers
{
    public const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";

    /// <summary>Set to <c>true</c> by App Service when its built-in authentication is on: only then is the principal header trusted.</summary>
    public const string PlatformAuthentication = "WEBSITE_AUTH_ENABLED";

    /// <summary>Parses <c>93=group-id;84=group-id</c> (as the Bicep writes it) into group id → region.</summary>
    public static IReadOnlyDictionary<string, string> ParseRegionGroups(string? setting)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in (setting ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0) map[parts[1]] = parts[0];
        }
        return map;
    }

    public FrontDoorCaller Resolve(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Resolve(request.Headers[PrincipalHeader].ToString());
    }

    private FrontDoorCaller Resolve(string? principalHeader)
    {
        if (!platformAuthentication || string.IsNullOrEmpty(principalHeader)) return FrontDoorCaller.Anonymous;
        IReadOnlyList<string> groups;
        try
        {
            groups = Groups(principalHeader);
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return FrontDoorCaller.Anonymous;
        }
        var regions = groups.Select(g => regionGroups.TryGetValue(g, out var region) ? region : null)
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return regions.Count switch
        {
            1 => FrontDoorCaller.Region(regions[0]),
            0 => FrontDoorCaller.WithoutRegion("Votre compte n'appartient au groupe d'aucune région : demandez à l'administrateur de vous ajouter au groupe des déposants de votre région."),
            _ => FrontDoorCaller.WithoutRegion($"Votre compte appartient aux groupes de plusieurs régions ({string.Join(", ", regions.Order(StringComparer.Ordinal))}) : un compte ne dépose que pour une région ; demandez à l'administrateur de corriger vos groupes."),
        };
    }

    private static List<string> Groups(string header)
    {
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(header)));
        var groups = new List<string>();
        if (json.RootElement.TryGetProperty("claims", out var claims) && claims.ValueKind == JsonValueKind.Array)
            foreach (var claim in claims.EnumerateArray())
                if (claim.TryGetProperty("typ", out var type) && type.GetString() == "groups"
                    && claim.TryGetProperty("val", out var value) && value.GetString() is { Length: > 0 } id)
                    groups.Add(id);
        return groups;
    }
}
