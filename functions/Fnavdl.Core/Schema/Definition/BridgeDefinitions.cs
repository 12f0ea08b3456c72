using static Fnavdl.Core.Schema.Definition.CommonDefinitions;
using static Fnavdl.Core.Schema.Definition.Declare;

namespace Fnavdl.Core.Schema.Definition;

/// <summary>
/// The long tables derived from <c>projets</c>, one row per list item: each starts with the project's key
/// (the four key columns and <c>cle_projet</c>), so analysts join them to <c>projets</c> without splitting text.
/// </summary>
internal static class BridgeDefinitions
{
    private static IReadOnlyList<ColumnDefinition> Key { get; } = ProjectKey(ProjetsDefinition.Table.Columns);

    // The bridges' own columns, after the key; named so the lake writer and readers refer to them.
    public static ColumnDefinition Thematique { get; } = Derived("thematique", ColumnType.Text, false, "Code de la thématique (nomenclature FNAVDL, ou « autre »).");

    public static ColumnDefinition LibelleSource { get; } = Derived("libelle_source", ColumnType.Text, false, "Libellé de la thématique tel que le fichier l'écrivait.");

    public static ColumnDefinition Poids { get; } = Derived("poids", ColumnType.Double, false, "Part du projet attribuée à la thématique (1 / nombre de thématiques).");

    public static ColumnDefinition MontantPondere { get; } = Derived("montant_pondere", ColumnType.Money, false, "Part du montant accordé attribuée à la thématique, en euros ; la somme par projet est exacte au centime.");

    public static ColumnDefinition CodeDepartement { get; } = Derived("code_departement", ColumnType.Text, false, "Code INSEE du département.");

    public static ColumnDefinition SirenEpci { get; } = Derived("siren_epci", ColumnType.Text, false, "SIREN de l'EPCI à fiscalité propre.");

    public static ColumnDefinition Rang { get; } = Derived("rang", ColumnType.Integer, false, "Rang du co-porteur dans le fichier (1 pour le premier).");

    public static ColumnDefinition CoPorteur { get; } = Derived("co_porteur", ColumnType.Text, false, "Nom du co-porteur.");

    public static ColumnDefinition TypeCoPorteur { get; } = Derived("type_co_porteur", ColumnType.Text, true, "Type du co-porteur (association, bailleur_social, collectivite, autre), quand le fichier le donne.");

    public static TableDefinition Thematiques { get; } = Bridge(TableNames.ProjetsThematiques, "Thématiques des projets",
        "Une ligne par projet et thématique, avec la part du montant accordé attribuée à la thématique.",
        [Thematique, LibelleSource, Poids, MontantPondere]);

    public static TableDefinition Departements { get; } = Bridge(TableNames.ProjetsDepartements, "Départements des projets",
        "Une ligne par projet et département où il agit.",
        [CodeDepartement]);

    public static TableDefinition Epci { get; } = Bridge(TableNames.ProjetsEpci, "EPCI partenaires des projets",
        "Une ligne par projet et EPCI partenaire.",
        [SirenEpci]);

    public static TableDefinition CoPorteurs { get; } = Bridge(TableNames.ProjetsCoPorteurs, "Co-porteurs des projets",
        "Une ligne par projet et co-porteur, dans l'ordre du fichier.",
        [Rang, CoPorteur, TypeCoPorteur]);

    private static TableDefinition Bridge(string name, string title, string description, IReadOnlyList<ColumnDefinition> columns) =>
        new(name, null, title, description, [], [.. Key, .. columns], []);
}
