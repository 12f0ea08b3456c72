using System.Globalization;

namespace Fnavdl.Core.Summary;

/// <summary>
/// Where the summaries area keeps a year's files: <c>annee=YYYY/…</c>, replaced whole on each publication.
/// Each Parquet table has its own folder (<c>annee=YYYY/chiffres/…</c>), so a reader globbing one table
/// (<c>syntheses/*/chiffres/*.parquet</c>) never mixes in the rows of another.
/// </summary>
public static class SummaryLayout
{
    public const string Area = "syntheses";

    public static string Folder(int annee) => $"annee={annee.ToString(CultureInfo.InvariantCulture)}";
    public static string Html(int annee) => $"{Folder(annee)}/synthese-{Year(annee)}.html";
    public static string Xlsx(int annee) => $"{Folder(annee)}/synthese-{Year(annee)}.xlsx";
    public static string Json(int annee) => $"{Folder(annee)}/synthese-{Year(annee)}.json";
    public static string ChiffresParquet(int annee) => Table(annee, "chiffres");
    public static string QualiteParquet(int annee) => Table(annee, "qualite");
    public static string LignageParquet(int annee) => Table(annee, "lignage");

    private static string Table(int annee, string table) => $"{Folder(annee)}/{table}/{table}-{Year(annee)}.parquet";

    private static string Year(int annee) => annee.ToString(CultureInfo.InvariantCulture);
}
