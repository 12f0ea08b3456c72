using System.Globalization;
using System.Text;

namespace Fnavdl.Bench;

/// <summary>
/// Writes a valid PACA `projets` file of any size, streaming: amounts with narrow no-break spaces
/// and a euro sign, lists, accents in Windows-1252 — the costly shapes, not the easy ones.
/// </summary>
internal static class ProjetsCsvGenerator
{
    private static readonly string[] Themes = ["Prévention des expulsions", "jeunes", "Santé mentale|DALO", "violences conjugales", "GLA"];
    private static readonly string[] Departements = ["13", "06|83", "84", "04|05", "83"];
    private static readonly string[] Epci = ["200054807", "", "200054807", "", ""];
    // Windows-1252 has the no-break space (U+00A0) but not the narrow one French .NET formats with.
    private static readonly NumberFormatInfo FrenchGroups = new() { NumberGroupSeparator = "\u00A0", NumberDecimalDigits = 0 };
    private static readonly string[] Types = ["association", "bailleur social", "CCAS", "association", "OPH"];

    public static long Write(string path, int rows)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var writer = new StreamWriter(path, false, Encoding.GetEncoding(1252), 1 << 16);
        writer.Write("Année;Appel à projets;Date comité;N° projet;Intitulé du projet;Porteur principal;Type de porteur;SIRET;Co-porteur(s);Type co-porteur;Thématique(s);Département(s);EPCI partenaire(s);Montant accordé (€);Ménages prévus;Durée (mois)\r\n");
        var line = new StringBuilder(256);
        for (var i = 0; i < rows; i++)
        {
            var k = i % 5;
            var call = $"AAP 2021-{(i % 4) + 1:00}";
            var cents = 1_000_000 + (i % 97) * 12_345;
            line.Clear()
                .Append("2021;").Append(call).Append(";15/01/2021;P").Append(i.ToString(CultureInfo.InvariantCulture))
                .Append(";Accompagnement renforcé n°").Append(i.ToString(CultureInfo.InvariantCulture))
                .Append(";Association Habitat & Insertion;").Append(Types[k]).Append(";732829320;")
                .Append(k == 0 ? "Logirem;ESH" : ";")
                .Append(';').Append(Themes[k]).Append(';').Append(Departements[k]).Append(';').Append(Epci[k]).Append(';')
                .Append((cents / 100).ToString("N0", FrenchGroups)).Append(',')
                .Append((cents % 100).ToString("00", CultureInfo.InvariantCulture)).Append(" €;")
                .Append((i % 40) + 1).Append(';').Append(k == 3 ? "" : "24").Append("\r\n");
            writer.Write(line);
        }
        writer.Flush();
        return writer.BaseStream.Length;
    }
}
