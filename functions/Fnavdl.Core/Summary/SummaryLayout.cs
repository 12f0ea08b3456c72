using System.Globalization;

namespace Fnavdl.Core.Summary;

/// <summary>Where the summaries area keeps a year's files: <c>annee=YYYY/…</c>, replaced whole on each publication.</summary>
public static class SummaryLayout
{
    public const string Area = "syntheses";

    public static string Folder(int annee) => $"annee={annee.ToString(CultureInfo.InvariantCulture)}";
    public static string Html(int annee) => $"{Folder(annee)}/synthese-{Year(annee)}.html";
    public static string Xlsx(int annee) => $"{Folder(annee)}/synthese-{Year(annee)}.xlsx";
    public static string Json(int annee) => $"{Folder(annee)}/synthese-{Year(annee)}.json";
    public static string ChiffresParquet(int annee) => $"{Folder(annee)}/chiffres.parquet";
    public static string QualiteParquet(int annee) => $"{Folder(annee)}/qualite.parquet";
    public static string LignageParquet(int annee) => $"{Folder(annee)}/lignage.parquet";

    private static string Year(int annee) => annee.ToString(CultureInfo.InvariantCulture);
}
