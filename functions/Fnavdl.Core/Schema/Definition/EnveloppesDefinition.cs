using static Fnavdl.Core.Schema.Definition.CommonDefinitions;
using static Fnavdl.Core.Schema.Definition.Declare;

namespace Fnavdl.Core.Schema.Definition;

/// <summary>Kind <c>enveloppes</c> (report-format.md): the regional envelope of each year.</summary>
internal static class EnveloppesDefinition
{
    public static FieldDefinition Annee { get; } = CommonDefinitions.Annee(true, "Année", "Année de l'enveloppe (4 chiffres).")
        with { Template = new("Année", "Année de l'enveloppe (AAAA), une ligne par année.") };

    public static FieldDefinition Enveloppe { get; } = Field("enveloppe", FieldType.Amount, true, "Enveloppe régionale (€)",
        "Crédits FNAVDL notifiés à la région pour l'année, en euros.",
        "enveloppe régionale", "dotation", "crédits notifiés", "enveloppe (€)")
        with { Minimum = 0, Example = "3700000,00", Template = new("Enveloppe (€)", "Crédits notifiés à la région, en euros.") };

    public static TableDefinition Table { get; } = new(
        TableNames.Enveloppes, ReportKind.Enveloppes, "Enveloppes régionales FNAVDL",
        "Une ligne par année : l'enveloppe de crédits FNAVDL notifiée à la région.",
        [CodeRegion, Annee, Enveloppe],
        [StoredAnnee(Annee), StoredRegion, Stored(Enveloppe), .. Lineage],
        [Annee.Name]);
}
