using static Fnavdl.Core.Schema.Definition.CommonDefinitions;

namespace Fnavdl.Core.Schema.Definition;

/// <summary>
/// The deposits' lineage, written once per unit instead of once per row: every unit a file writes has, beside its
/// tables, a one-row <c>depots</c> file of the same name (<c>depots/annee=…/code_region=…/{name}.{id_ingestion}.parquet</c>),
/// committed by the same manifest switch and deleted with the unit's other files. Its view keeps one row per
/// accepted file version that is still current in at least one unit; the other views join it back on the unit's file.
/// </summary>
internal static class DepotsDefinition
{
    public static TableDefinition Table { get; } = new(
        TableNames.Depots, null, "Dépôts intégrés",
        "Une ligne par version de fichier déposé dont une unité au moins est courante : chemin, empreinte, identifiant d'intégration et heure d'arrivée.",
        [],
        [StoredRegion, IdIngestion, HorodatageDepot, SourceSha256, SourceChemin],
        []);
}
