namespace Fnavdl.Core.Schema.Definition;

/// <summary>
/// The curated tables' names (report-format.md): a table's definition, its folder in the lake
/// (<c>Lake.CuratedLayout</c>) and its analysts' view all take the name from here.
/// </summary>
internal static class TableNames
{
    public const string Projets = "projets";
    public const string ProjetsThematiques = "projets_thematiques";
    public const string ProjetsDepartements = "projets_departements";
    public const string ProjetsEpci = "projets_epci";
    public const string ProjetsCoPorteurs = "projets_co_porteurs";
    public const string Suivi = "suivi";
    public const string Enveloppes = "enveloppes";

    /// <summary>The deposits' lineage, one row per unit version (not a report's table: every unit writes one).</summary>
    public const string Depots = "depots";
}
