using System.Text;
using Fnavdl.Core.Reference;

namespace Fnavdl.Azure.Tests;

/// <summary>Small `projets` uploads for any region, valid unless asked otherwise.</summary>
internal static class ProjetsFiles
{
    public static byte[] Valid(string region, string appel, int rows, decimal montant = 10_000m)
    {
        var departement = AdministrativeReference.Embedded.DepartementsOf(region)[0].Code;
        var csv = new StringBuilder("Année;Appel à projets;N° projet;Intitulé;Porteur;Type de porteur;Thématiques;Départements;Montant accordé\n");
        for (var i = 1; i <= rows; i++)
            csv.Append($"2021;{appel};P{i};Projet {i};Association {i};association;jeunes;{departement};{montant + i:0.00}\n".Replace('.', ','));
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    /// <summary>One ambiguous amount on line 3: the whole file must be rejected.</summary>
    public static byte[] Invalid(string region, string appel)
    {
        var valid = Encoding.UTF8.GetString(Valid(region, appel, 3));
        var lines = valid.Split('\n');
        lines[2] = lines[2][..lines[2].LastIndexOf(';')] + ";1.234";
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }
}
