using static Fnavdl.Core.Schema.Definition.Declare;

namespace Fnavdl.Core.Schema.Definition;

/// <summary>What several tables share: the region, the year and project fields, the project key, the lineage.</summary>
internal static class CommonDefinitions
{
    /// <summary>The first and last years a report may give (a programme or activity year): the year fields' range.</summary>
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    // Fields that projets also has take the same aliases in suivi and enveloppes (report-format.md).
    internal static readonly string[] AnneeAliases = ["année", "exercice", "année de programmation", "millésime"];
    internal static readonly string[] IdProjetAliases = ["n° projet", "numéro", "numéro de projet", "référence", "identifiant", "id"];

    public static FieldDefinition CodeRegion { get; } =
        Field("code_region", FieldType.Region, false, "Région",
            "Code INSEE de la région (par ex. 93), ou son nom, ou l'une des abréviations PACA, IDF, AURA, BFC, HDF, ARA. "
            + "Facultatif : par défaut, la région du dossier de dépôt ; une ligne d'une autre région est refusée.",
            "région", "region", "code région", "code region", "nom région") with { Example = "93" };

    /// <summary>The year field of a kind; how it is described depends on the kind.</summary>
    internal static FieldDefinition Annee(bool required, string title, string description) =>
        Field("annee", FieldType.Year, required, title, description, AnneeAliases)
            with { Minimum = FirstYear, Maximum = LastYear, Example = "2021" };

    internal static FieldDefinition IdProjet(string description) =>
        Field("id_projet", FieldType.Text, true, "Identifiant du projet", description, IdProjetAliases)
            with { MaxLength = 100, Example = "P2021-001" };

    internal static ColumnDefinition StoredAnnee(FieldDefinition annee) =>
        Stored(annee, nullable: false, description: "Année (de programmation pour un projet, d'activité pour un suivi) ; partition annee= du lac.");

    internal static ColumnDefinition StoredRegion { get; } =
        Stored(CodeRegion, nullable: false, description: "Code INSEE de la région qui a déposé le fichier ; partition code_region= du lac.");

    /// <summary>
    /// The project in one column, for tools that relate tables on a single column (Power BI):
    /// <c>{annee}|{code_region}|{appel_a_projets}|{id_projet}</c>, see <see cref="Canonical.ProjectKey"/>.
    /// Computed by the views from the four columns (no file holds it: it would repeat them as one more string a row).
    /// </summary>
    public static ColumnDefinition CleProjet { get; } =
        Derived("cle_projet", ColumnType.Text, false,
            "Clé du projet en une seule colonne : annee|code_region|appel_a_projets|id_projet (un « | » ou un « \\ » de l'appel ou "
            + "de l'identifiant y est précédé d'un « \\ »). Relie projets et ses tables de liens dans Power BI.") with { Place = ColumnPlace.Computed };

    /// <summary>
    /// The project's number in its unit's <c>projets</c> file (1, 2, …, in row order): the bridges' key. With the
    /// unit's file (the same name under each table folder) it identifies the project, in four bytes a row.
    /// </summary>
    public static ColumnDefinition NumProjet { get; } =
        Derived("num_projet", ColumnType.Integer, false,
            "Numéro du projet dans le fichier de son unité (1 pour le premier) ; avec le nom du fichier, commun aux tables de l'unité, "
            + "il relie les tables de liens à projets.");

    /// <summary>
    /// The project's key columns every bridge view starts with. A bridge file holds only <see cref="NumProjet"/>:
    /// its view takes the four columns from the project's row and computes <see cref="CleProjet"/>.
    /// </summary>
    internal static IReadOnlyList<ColumnDefinition> ProjectKey(IReadOnlyList<ColumnDefinition> projets) =>
    [
        FromProjet(Like(projets, "annee")), FromProjet(Like(projets, "code_region")), FromProjet(Like(projets, "appel_a_projets")),
        FromProjet(Like(projets, "id_projet")), CleProjet, NumProjet,
    ];

    private static ColumnDefinition FromProjet(ColumnDefinition column) => column with { Place = ColumnPlace.Projet };

    // The lineage columns, named so the lake writer, the unit manifest and the views refer to them. What is the same
    // for the whole deposit (path, version, arrival time) is written once per unit, in its depots file.
    public static ColumnDefinition SourceChemin { get; } = Derived("source_chemin", ColumnType.Text, false, "Chemin du fichier déposé dont vient la ligne (uploads/{code_region}/…).");

    public static ColumnDefinition SourceSha256 { get; } = Derived("source_sha256", ColumnType.Text, false, "Version du fichier : empreinte SHA-256 de son contenu.");

    public static ColumnDefinition SourceFeuille { get; } = Derived("source_feuille", ColumnType.Text, true, "Feuille du classeur dont vient la ligne (XLSX, ODS ; vide pour CSV et JSON).");

    public static ColumnDefinition SourceLigne { get; } = Derived("source_ligne", ColumnType.Integer, false, "Numéro de la ligne dans le fichier, tel que l'utilisateur le voit (ligne du tableur, ligne CSV).");

    public static ColumnDefinition IdIngestion { get; } = Derived("id_ingestion", ColumnType.Text, false, "Identifiant de l'intégration qui a écrit la ligne (journal des dépôts).");

    public static ColumnDefinition HorodatageDepot { get; } = Derived("horodatage_depot", ColumnType.Timestamp, false, "Heure d'arrivée du fichier dans le stockage (UTC) : la plus récente remplace les autres.");

    /// <summary>
    /// The lineage columns every fact view ends with (report-format.md, "Derived fields"). The rows' files keep
    /// what differs by row (sheet, row) and <c>id_ingestion</c>, the deposit's name; what is the same for the whole
    /// deposit is in the unit's <c>depots</c> file, joined back by the views.
    /// </summary>
    public static IReadOnlyList<ColumnDefinition> Lineage { get; } =
    [
        SourceChemin with { Place = ColumnPlace.Depot },
        SourceSha256 with { Place = ColumnPlace.Depot },
        SourceFeuille,
        SourceLigne,
        IdIngestion,
        HorodatageDepot with { Place = ColumnPlace.Depot },
    ];

    private static ColumnDefinition Like(IReadOnlyList<ColumnDefinition> columns, string name) => columns.Single(c => c.Name == name);
}
