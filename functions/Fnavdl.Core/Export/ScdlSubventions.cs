namespace Fnavdl.Core.Export;

/// <summary>
/// The State's open-data standard for subsidies: SCDL « subventions » v2.1.1 (OpenDataFrance,
/// https://gitlab.com/opendatafrance/scdl/subventions/raw/v2.1.1/schema.json, published on
/// schema.data.gouv.fr as <c>scdl/subventions</c>; Table Schema read from the v2.1.1 tag, 2023-09-28).
/// Its 16 columns, in the schema's order, and the values the pipeline fills the same for every FNAVDL grant.
/// </summary>
/// <remarks>
/// What the schema requires (constraints.required): nomAttribuant, idAttribuant (^\d{14}$),
/// dateConvention (date, AAAA-MM-JJ), nomBeneficiaire, objet (≤ 256 characters), montant (number,
/// decimal point), nature (enum below), conditionsVersement (unique | échelonné | autre, ≤ 256),
/// datesPeriodeVersement (AAAA-MM-JJ or AAAA-MM-JJ/AAAA-MM-JJ), notificationUE (oui | non),
/// pourcentageSubvention (0.01–1). Optional: referenceDecision, idBeneficiaire (SIRET),
/// rnaBeneficiaire (^W\d{9}$), idRAE (≤ 5), dispositifAide; a custom check wants idBeneficiaire or
/// rnaBeneficiaire on every row. The schema's missing value is the empty string.
/// </remarks>
public static class ScdlSubventions
{
    public const string SchemaVersion = "2.1.1";

    public static IReadOnlyList<string> Columns { get; } =
    [
        "nomAttribuant", "idAttribuant", "dateConvention", "referenceDecision", "nomBeneficiaire",
        "idBeneficiaire", "rnaBeneficiaire", "objet", "montant", "nature", "conditionsVersement",
        "datesPeriodeVersement", "idRAE", "notificationUE", "pourcentageSubvention", "dispositifAide",
    ];

    /// <summary>Columns the schema requires, in column order.</summary>
    public static IReadOnlyList<string> Required { get; } =
    [
        "nomAttribuant", "idAttribuant", "dateConvention", "nomBeneficiaire", "objet", "montant", "nature",
        "conditionsVersement", "datesPeriodeVersement", "notificationUE", "pourcentageSubvention",
    ];

    /// <summary>FNAVDL grants are paid in money (the fund pays subsidies, it lends nothing in kind).</summary>
    public const string NatureNumeraire = "aide en numéraire";

    /// <summary>The lake holds one beneficiary per grant, the lead carrier who signs the agreement: all of it.</summary>
    public const string PourcentageUnique = "1.00";

    /// <summary>The programme the grant belongs to (the schema expects a dispositifs-d'aide identifier; the fund has none yet).</summary>
    public const string DispositifAide = "FNAVDL";

    /// <summary>Longest <c>objet</c> the schema accepts.</summary>
    public const int ObjetMaxLength = 256;
}
