namespace SampleMaker;

/// <summary>
/// The ten theme codes of the spec, with labels regions write (the spec's label or one of its
/// aliases) and project titles typical of each theme.
/// </summary>
public static class Themes
{
    public sealed record Theme(string Code, IReadOnlyList<string> Labels, IReadOnlyList<string> Titles);

    public static IReadOnlyList<Theme> All { get; } =
    [
        new("prevention_expulsions", ["Prévention des expulsions", "Impayés de loyer", "CCAPEX"],
            ["Aller-vers les locataires en impayés de loyer", "Prévention des expulsions locatives", "Équipe mobile de prévention des expulsions"]),
        new("sante_mentale", ["Santé mentale", "Troubles psychiques", "Souffrance psychique"],
            ["Accompagnement logement et santé mentale", "Équipe mobile psychiatrie-logement", "Habiter avec des troubles psychiques"]),
        new("violences_femmes", ["Femmes victimes de violences", "Violences conjugales", "Violences intrafamiliales"],
            ["Relogement des femmes victimes de violences", "Parcours logement des victimes de violences conjugales"]),
        new("refugies", ["Réfugiés", "Accueil et intégration des réfugiés", "Protection internationale"],
            ["Accès au logement des bénéficiaires d'une protection internationale", "Intégration par le logement des réfugiés"]),
        new("jeunes", ["Jeunes", "Jeunes vulnérables (logement et emploi)", "Sortants ASE", "18-25 ans"],
            ["Logement et emploi des jeunes de 18 à 25 ans", "Sortants de l'ASE : premier logement autonome"]),
        new("gens_du_voyage", ["Gens du voyage", "Sédentarisation"],
            ["Sédentarisation des gens du voyage", "Habitat adapté des familles du voyage"]),
        new("logement_d_abord", ["Logement d'abord", "Sans-abri", "Grande exclusion"],
            ["Logement d'abord : de la rue au logement", "Accès direct au logement des personnes sans abri"]),
        new("sortants_institutions", ["Sortants de prison", "Sortants d'hospitalisation", "Sortants d'institutions"],
            ["Sortants de détention : accès au logement", "Préparer la sortie d'hospitalisation par le logement"]),
        new("dalo", ["DALO", "Reconnus prioritaires", "Ménages DALO"],
            ["Accompagnement des ménages reconnus DALO", "Relogement des ménages prioritaires DALO"]),
        new("gestion_locative_adaptee", ["Gestion locative adaptée", "GLA"],
            ["Gestion locative adaptée en logement diffus", "GLA et intermédiation locative"]),
    ];

    public static Theme ByCode(string code) => All.Single(t => t.Code == code);
}
