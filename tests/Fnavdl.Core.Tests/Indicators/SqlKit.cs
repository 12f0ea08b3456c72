using System.Globalization;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Indicators;

/// <summary>Runs the analyst kit's DuckDB SQL (queries/*.sql) over a curated folder.</summary>
internal static class SqlKit
{
    public static IReadOnlyList<string> HeadlineIndicators { get; } =
    [
        Indicateurs.NbProjets, Indicateurs.MontantAccordeTotal, Indicateurs.TauxCoPortage, Indicateurs.TauxPortageBailleur,
        Indicateurs.TauxImplicationEpci, Indicateurs.PartProjetsThematique, Indicateurs.Enveloppe, Indicateurs.TauxEngagement,
        Indicateurs.MenagesAccompagnes,
    ];

    public static string Script(string curatedRoot) =>
        $"SET VARIABLE lake = '{curatedRoot.Replace('\\', '/').Replace("'", "''")}';\n"
        + File.ReadAllText(Path.Combine(RepoPaths.Root, "queries", "views.sql"));

    public static List<IndicatorRow> Headline(string curatedRoot)
    {
        var sql = Script(curatedRoot) + File.ReadAllText(Path.Combine(RepoPaths.Root, "queries", "headline-indicators.sql"));
        return [.. DuckDb.Run(sql).Select(r => new IndicatorRow(
            Convert.ToInt32(r[0], CultureInfo.InvariantCulture), (string)r[1]!, (string?)r[2], (string?)r[3], (string)r[4]!, (string?)r[5],
            Convert.ToDouble(r[6], CultureInfo.InvariantCulture), r[7] is null ? null : Convert.ToDouble(r[7], CultureInfo.InvariantCulture), r[8] is null ? null : Convert.ToDouble(r[8], CultureInfo.InvariantCulture), (string)r[9]!))];
    }

    public static string Key(IndicatorRow r) => $"{r.Annee}|{r.Perimetre}|{r.CodeRegion}|{r.AppelAProjets}|{r.Indicateur}|{r.Dimension}";
}
