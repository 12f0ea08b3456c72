namespace Fnavdl.Core.Tests.Support;

/// <summary>Small `projets` files for tests, in the shape regions write (`;`, French amounts).</summary>
public static class Csv
{
    public const string ProjetsHeader =
        "Année;Appel à projets;N° projet;Intitulé du projet;Porteur principal;Type de porteur;Co-porteur(s);Type co-porteur;Thématique(s);Département(s);EPCI partenaire(s);Montant accordé (€);Durée (mois)";

    /// <summary>A valid PACA row (region 93).</summary>
    public static string Projet(string id, string appel = "AAP 2020-10", string montant = "10 000,00 €", int annee = 2021,
        string type = "association", string coPorteurs = "", string coTypes = "", string themes = "jeunes",
        string departements = "13", string epci = "", string duree = "12") =>
        $"{annee};{appel};{id};Projet {id};Porteur {id};{type};{coPorteurs};{coTypes};{themes};{departements};{epci};{montant};{duree}";

    public static string Projets(params string[] rows) => ProjetsHeader + "\n" + string.Join("\n", rows) + "\n";
}
