using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Fnavdl.Core.Summary;

/// <summary>The whole summary model as JSON (snake_case, exact values, UTC times): for machines.</summary>
internal static class SummaryJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static byte[] Render(YearlySummary summary) => JsonSerializer.SerializeToUtf8Bytes(Normalised(summary), Options);

    public static YearlySummary Read(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize<YearlySummary>(json, Options)
        ?? throw new JsonException("Synthèse vide.");

    // Times in UTC so the text does not depend on the offset the log returned them with.
    private static YearlySummary Normalised(YearlySummary s) => s with
    {
        DonneesArreteesAu = s.DonneesArreteesAu?.ToUniversalTime(),
        Qualite = [.. s.Qualite.Select(q => q with { DernierFichierAccepteLe = q.DernierFichierAccepteLe?.ToUniversalTime() })],
        Lignage = [.. s.Lignage.Select(f => f with { DeposeLe = f.DeposeLe.ToUniversalTime(), TraiteLe = f.TraiteLe.ToUniversalTime() })],
    };
}
