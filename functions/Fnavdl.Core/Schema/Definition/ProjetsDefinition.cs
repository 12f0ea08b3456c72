using Fnavdl.Core.Schema.Vocabularies;
using static Fnavdl.Core.Schema.Definition.CommonDefinitions;
using static Fnavdl.Core.Schema.Definition.Declare;

namespace Fnavdl.Core.Schema.Definition;

/// <summary>
/// Kind <c>projets</c> (report-format.md): one row per funded project. Each field is declared once
/// here; header matching, row reading, the curated <c>projets</c> table, the views and the published
/// Table Schema take it from here.
/// </summary>
internal static class ProjetsDefinition
{
    private static readonly string[] CarrierTypes =
        [CarrierTypeVocabulary.Association, CarrierTypeVocabulary.BailleurSocial, CarrierTypeVocabulary.Collectivite, CarrierTypeVocabulary.Autre];

    // Required unless date_decision is present: ProjetsNormaliser.CheckHeader, and the year taken from the decision date.
    public static FieldDefinition Annee { get; } = CommonDefinitions.Annee(false, "Année de programmation",
        "Année de programmation (4 chiffres). Obligatoire, sauf si la date de décision est donnée : l'année en est alors déduite.")
        with { Template = new("Année", "Année de programmation (AAAA), par ex. 2021. Facultative si la date de décision est remplie.") };

    public static FieldDefinition AppelAProjets { get; } = Field("appel_a_projets", FieldType.Text, true, "Appel à projets",
        "Identifiant de l'appel à projets régional (par ex. « AAP 2020-10 »). Une nouvelle version du fichier remplace les projets de la même région, année et appel.",
        "AAP", "appel", "appel à projets", "appel a projet", "session", "vague")
        with { MaxLength = 200, Example = "AAP 2021-01", Template = new("Appel à projets", "Nom de l'appel à projets, par ex. « AAP 2021-04 ».") };

    public static FieldDefinition DateDecision { get; } = Field("date_decision", FieldType.Date, false, "Date de décision",
        "Date de la décision du comité (jj/mm/aaaa ; aaaa-mm-jj, jj-mm-aaaa et les dates de tableur sont aussi acceptées).",
        "date de décision", "date comité", "date du comité", "date de validation")
        with { Example = "15/01/2021", Template = new("Date de décision", "Date du comité (JJ/MM/AAAA).") };

    public static FieldDefinition IdProjet { get; } = CommonDefinitions.IdProjet(
        "Référence du projet donnée par la région ; unique par appel à projets.")
        with { Template = new("N° projet", "Identifiant du projet, unique dans l'appel à projets.") };

    public static FieldDefinition Intitule { get; } = Field("intitule", FieldType.Text, true, "Intitulé du projet",
        "Intitulé du projet.",
        "intitulé", "intitulé du projet", "titre", "nom du projet", "projet", "libellé")
        with { MaxLength = 2000, Example = "Accompagnement vers le logement des jeunes sortants de l'ASE", Template = new("Intitulé du projet", "Titre du projet.") };

    public static FieldDefinition Porteur { get; } = Field("porteur", FieldType.Text, true, "Porteur principal",
        "Raison sociale du porteur principal du projet.",
        "porteur principal", "structure porteuse", "nom du porteur")
        with { MaxLength = 500, Example = "Association Habitat et Insertion", Template = new("Porteur principal", "Nom de la structure porteuse.") };

    public static FieldDefinition TypePorteur { get; } = Field("type_porteur", FieldType.CarrierType, true, "Type de porteur",
        "Type du porteur principal : association, bailleur_social, collectivite ou autre (synonymes acceptés : asso, loi 1901, OPH, ESH, organisme Hlm, commune, CCAS, EPCI…).",
        "type de porteur", "nature du porteur", "statut", "type porteur", "statut du porteur")
        with { Vocabulary = CarrierTypes, MaxLength = 100, Example = CarrierTypeVocabulary.Association, Template = new("Type de porteur", "association, bailleur_social, collectivite ou autre.") };

    public static FieldDefinition SirenPorteur { get; } = Field("siren_porteur", FieldType.Siren, false, "SIREN ou SIRET du porteur",
        "SIREN (9 chiffres) ou SIRET (14 chiffres) du porteur principal ; la clé de contrôle est vérifiée, les espaces sont ignorés.",
        "SIREN", "SIRET", "SIREN porteur", "SIRET porteur", "SIREN/SIRET")
        with { MaxLength = 100, Example = "732829320", Template = new("SIREN/SIRET", "SIREN (9 chiffres) ou SIRET (14 chiffres) du porteur.") };

    public static FieldDefinition CoPorteurs { get; } = Field("co_porteurs", FieldType.TextList, false, "Co-porteurs",
        "Noms des co-porteurs, séparés par « | » (ou « ; », « , », « / », un retour à la ligne).",
        "co-porteur", "co-porteurs", "co-porteur(s)", "partenaire co-porteur", "partenaires co-porteurs")
        with { MaxLength = 500, Example = "Logirem | CCAS de Marseille", Template = new("Co-porteur(s)", "Noms des co-porteurs.") };

    public static FieldDefinition TypesCoPorteurs { get; } = Field("types_co_porteurs", FieldType.CarrierTypeList, false, "Types des co-porteurs",
        "Types des co-porteurs, dans l'ordre des co-porteurs, même vocabulaire que type_porteur.",
        "type co-porteur", "types co-porteurs", "type(s) co-porteur(s)", "type des co-porteurs")
        with { Vocabulary = CarrierTypes, MaxLength = 100, Example = "bailleur_social | collectivite", Template = new("Type(s) co-porteur(s)", "Type de chaque co-porteur, dans le même ordre.") };

    public static FieldDefinition CoPortage { get; } = Field("co_portage", FieldType.Boolean, false, "Projet co-porté",
        "Le projet est-il co-porté (oui/non) ? La valeur du fichier est conservée ; les indicateurs utilisent co_portage_derive, déduit des types de porteurs.",
        "co-portage", "projet co-porté", "co-porté")
        with { Example = "oui", Template = new("Co-portage", "oui ou non (déduit des types de porteurs s'il est vide).") };

    public static FieldDefinition Thematiques { get; } = Field("thematiques", FieldType.ThemeList, true, "Thématiques",
        "Une ou plusieurs thématiques de la nomenclature FNAVDL, séparées par « | » ; un libellé hors nomenclature est conservé sous le code « autre » (avertissement).",
        "thématique", "thématiques", "thématique(s)", "thème", "thèmes", "thème(s)", "public cible", "publics cibles", "public(s) cible(s)", "axe", "axes")
        with { Vocabulary = [.. ThemeVocabulary.All.Select(t => t.Code)], MaxLength = 200, Example = "prevention_expulsions | jeunes", Template = new("Thématique(s)", "Thématiques de la nomenclature FNAVDL.") };

    public static FieldDefinition Departements { get; } = Field("departements", FieldType.DepartmentList, true, "Départements",
        "Codes INSEE des départements où le projet agit, séparés par « | » ; tous dans la région du dépôt.",
        "département", "départements", "département(s)", "dpt", "dpts", "territoire", "territoires")
        with { MaxLength = 200, Example = "13 | 83", Template = new("Département(s)", "Départements de votre région (code — nom, ou le code seul).") };

    public static FieldDefinition Epci { get; } = Field("epci", FieldType.EpciList, false, "EPCI partenaires",
        "SIREN des EPCI à fiscalité propre partenaires, séparés par « | » ; chacun a au moins une commune membre dans la région.",
        "EPCI partenaire", "EPCI partenaires", "EPCI partenaire(s)", "intercommunalité", "intercommunalités", "intercommunalité(s)", "SIREN EPCI")
        with { MaxLength = 200, Example = "200054807", Template = new("EPCI partenaire(s)", "SIREN des EPCI partenaires (code — nom, ou le SIREN seul).") };

    public static FieldDefinition MontantAccorde { get; } = Field("montant_accorde", FieldType.Amount, true, "Montant accordé (€)",
        "Subvention FNAVDL accordée, en euros (par ex. 150000 ; 150 000,50 € ; 450 k€ ; 3,1 M€).",
        "montant", "montant accordé", "montant accordé (€)", "subvention", "subvention accordée", "aide FNAVDL", "montant FNAVDL")
        with { Minimum = 0, Example = "150000,00", Template = new("Montant accordé (€)", "Montant en euros, par ex. 45 000 ou 45 000,50.") };

    public static FieldDefinition MontantDemande { get; } = Field("montant_demande", FieldType.Amount, false, "Montant demandé (€)",
        "Montant demandé par le porteur, en euros.",
        "montant demandé", "montant sollicité")
        with { Minimum = 0, Example = "180000,00", Template = new("Montant demandé", "Montant sollicité, en euros.") };

    public static FieldDefinition MenagesPrevus { get; } = Field("menages_prevus", FieldType.Integer, false, "Ménages prévus",
        "Nombre de ménages que le projet prévoit d'accompagner.",
        "ménages prévus", "nombre de ménages", "nb ménages", "objectif ménages", "nombre de ménages prévus")
        with { Minimum = 0, Example = "40", Template = new("Ménages prévus", "Nombre entier de ménages prévus.") };

    public static FieldDefinition DureeMois { get; } = Field("duree_mois", FieldType.Integer, false, "Durée (mois)",
        "Durée du projet, en mois (1 à 60).",
        "durée", "durée (mois)", "durée en mois")
        with { Minimum = 1, Maximum = 60, Example = "24", Template = new("Durée (mois)", "Durée en mois, de 1 à 60.") };

    public static FieldDefinition Volet { get; } = Field("volet", FieldType.Volet, false, "Volet",
        "Volet de l'accompagnement : vers (vers le logement), dans (dans le logement) ou vers_et_dans.",
        "type d'accompagnement", "type accompagnement")
        with { Vocabulary = [VoletVocabulary.Vers, VoletVocabulary.Dans, VoletVocabulary.VersEtDans], MaxLength = 100, Example = VoletVocabulary.Vers, Template = new("Type d'accompagnement", "vers (vers le logement), dans (dans le logement) ou vers_et_dans.") };

    // Columns the pipeline derives from the fields, named so the lake writer and readers refer to them.
    public static ColumnDefinition CoPortageDerive { get; } = Derived("co_portage_derive", ColumnType.Boolean, false, "Vrai quand les porteurs comptent à la fois une association et un bailleur social (calculé ; utilisé par les indicateurs).");

    public static ColumnDefinition PortageBailleur { get; } = Derived("portage_bailleur", ColumnType.Boolean, false, "Vrai quand un bailleur social est porteur ou co-porteur (calculé).");

    public static ColumnDefinition EpciImplique { get; } = Derived("epci_implique", ColumnType.Boolean, false, "Vrai quand au moins un EPCI est partenaire (calculé).");

    public static ColumnDefinition NbThematiques { get; } = Derived("nb_thematiques", ColumnType.Integer, false, "Nombre de thématiques du projet.");

    public static ColumnDefinition NbDepartements { get; } = Derived("nb_departements", ColumnType.Integer, false, "Nombre de départements du projet.");

    public static ColumnDefinition NbEpci { get; } = Derived("nb_epci", ColumnType.Integer, false, "Nombre d'EPCI partenaires.");

    public static ColumnDefinition NbCoPorteurs { get; } = Derived("nb_co_porteurs", ColumnType.Integer, false, "Nombre de co-porteurs.");

    private static IReadOnlyList<ColumnDefinition> MainColumns { get; } =
    [
        StoredAnnee(Annee),
        StoredRegion,
        Stored(AppelAProjets),
        Stored(DateDecision),
        Stored(IdProjet),
        CleProjet,
        NumProjet,
        Stored(Intitule),
        Stored(Porteur),
        Stored(TypePorteur),
        Stored(SirenPorteur, description: "SIREN ou SIRET du porteur principal, chiffres seuls."),
        Stored(CoPortage, description: "Co-portage tel que le fichier l'indique (vide s'il ne l'indique pas)."),
        CoPortageDerive,
        PortageBailleur,
        EpciImplique,
        Stored(Thematiques, description: "Codes des thématiques, séparés par « | » (détail et pondération dans projets_thematiques)."),
        Stored(Departements, description: "Codes des départements, séparés par « | » (une ligne par département dans projets_departements)."),
        Stored(Epci, description: "SIREN des EPCI partenaires, séparés par « | » (une ligne par EPCI dans projets_epci)."),
        Stored(CoPorteurs, description: "Noms des co-porteurs, séparés par « | » (avec leur type dans projets_co_porteurs)."),
        NbThematiques,
        NbDepartements,
        NbEpci,
        NbCoPorteurs,
        Stored(MontantAccorde, description: "Subvention FNAVDL accordée, en euros."),
        Stored(MontantDemande),
        Stored(MenagesPrevus),
        Stored(DureeMois),
        Stored(Volet, description: "Volet de l'accompagnement : vers, dans ou vers_et_dans."),
        .. Lineage,
    ];

    public static TableDefinition Table { get; } = new(
        TableNames.Projets, ReportKind.Projets, "Projets financés par le FNAVDL",
        "Une ligne par projet financé : appel à projets régional, porteur, thématiques, territoires et montants.",
        [
            CodeRegion, Annee, AppelAProjets, DateDecision, IdProjet, Intitule, Porteur, TypePorteur, SirenPorteur, CoPorteurs,
            TypesCoPorteurs, CoPortage, Thematiques, Departements, Epci, MontantAccorde, MontantDemande, MenagesPrevus, DureeMois, Volet,
        ],
        MainColumns,
        [AppelAProjets.Name, IdProjet.Name]);
}
