using System.Text;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Tests.Support;
using Fnavdl.Core.Validation.Report;

namespace Fnavdl.Core.Tests.Validation;

public sealed class ReportValidatorTests
{
    private static readonly IReadOnlySet<string> NoProjects = new HashSet<string>();

    internal static async Task<ValidationReport> ValidateAsync(string content, string path = "93/f.csv", string region = "93",
        IReadOnlySet<string>? known = null, Encoding? encoding = null)
    {
        using var stream = new MemoryStream((encoding ?? Encoding.UTF8).GetBytes(content));
        return await TestServices.Validator().ValidateAsync(stream, path, region, _ => Task.FromResult(known ?? NoProjects), sink: null);
    }

    private static List<(string Code, int? Row, string? Field)> Errors(ValidationReport report) =>
        report.Issues.Where(i => i.Severity == Severity.Error).Select(i => (i.Code, i.Row, i.Field)).ToList();

    [Fact]
    public async Task A_valid_file_has_no_error_and_counts_its_rows()
    {
        var report = await ValidateAsync(Csv.Projets(Csv.Projet("P1"), Csv.Projet("P2")));

        Assert.True(report.IsValid, string.Join("\n", report.Issues));
        Assert.Equal(2, report.Rows);
        Assert.Equal(["projets"], report.Kinds);
    }

    [Fact]
    public async Task Every_error_is_reported_not_only_the_first()
    {
        var report = await ValidateAsync(Csv.Projets(
            Csv.Projet("P1", montant: "beaucoup", duree: "72"),
            Csv.Projet("P2", type: "entreprise"),
            Csv.Projet("P1")));

        var errors = Errors(report);
        Assert.Contains((IssueCodes.MontantInvalide, 2, "montant_accorde"), errors);
        Assert.Contains((IssueCodes.ValeurHorsPlage, 2, "duree_mois"), errors);
        Assert.Contains((IssueCodes.ValeurHorsVocabulaire, 3, "type_porteur"), errors);
        Assert.Contains((IssueCodes.IdProjetEnDouble, 4, "id_projet"), errors);
        Assert.Equal(4, report.ErrorCount);
    }

    [Fact]
    public async Task Title_rows_above_the_header_are_skipped_and_rows_keep_their_line_numbers()
    {
        var report = await ValidateAsync("DREETS PACA — bilan FNAVDL 2021;;;\n\n" + Csv.Projets(Csv.Projet("P1", montant: "x")));

        Assert.Equal([(IssueCodes.MontantInvalide, 4, "montant_accorde")], Errors(report));
    }

    [Fact]
    public async Task A_file_without_a_recognisable_header_lists_expected_and_found_columns()
    {
        var report = await ValidateAsync("nom;prénom;ville\nDupont;Jean;Marseille\n");

        var issue = Assert.Single(report.Issues);
        Assert.Equal(IssueCodes.EnTeteIntrouvable, issue.Code);
        Assert.Null(issue.Row);
        Assert.Contains("« prénom »", issue.Message);
        Assert.Contains("montant_accorde", issue.Message);
        Assert.Contains("menages_accompagnes", issue.Message);
    }

    [Fact]
    public async Task A_missing_required_column_is_one_structure_error_not_one_per_row()
    {
        var csv = "Année;Appel à projets;N° projet;Intitulé;Porteur;Type de porteur;Thématiques;Départements\n"
            + "2021;AAP;P1;Projet;Asso;association;jeunes;13\n2021;AAP;P2;Projet;Asso;association;jeunes;13\n";

        var report = await ValidateAsync(csv);

        Assert.Equal([(IssueCodes.ColonneObligatoireManquante, (int?)null, "montant_accorde")], Errors(report));
    }

    [Fact]
    public async Task Annee_may_come_from_the_decision_date_but_one_of_them_is_required()
    {
        var withDate = "Appel;N° projet;Intitulé;Porteur;Type de porteur;Thématiques;Départements;Montant;Date comité\n"
            + "AAP;P1;Projet;Asso;association;jeunes;13;1000;15/01/2021\n";
        var withoutEither = "Appel;N° projet;Intitulé;Porteur;Type de porteur;Thématiques;Départements;Montant\n"
            + "AAP;P1;Projet;Asso;association;jeunes;13;1000\n";

        Assert.True((await ValidateAsync(withDate)).IsValid);
        Assert.Equal([(IssueCodes.ColonneObligatoireManquante, (int?)null, "annee")], Errors(await ValidateAsync(withoutEither)));
    }

    [Fact]
    public async Task Unknown_columns_are_warnings_and_duplicate_columns_are_errors()
    {
        var unknown = Csv.ProjetsHeader + ";Commentaire\n" + Csv.Projet("P1") + ";RAS\n";
        var duplicated = Csv.ProjetsHeader + ";Subvention\n" + Csv.Projet("P1") + ";1000\n";

        var warned = await ValidateAsync(unknown);
        Assert.True(warned.IsValid);
        Assert.Contains(warned.Issues, i => i.Code == IssueCodes.ColonneInconnue && i.Value == "Commentaire");
        Assert.Contains((IssueCodes.ColonneEnDouble, (int?)null, "montant_accorde"), Errors(await ValidateAsync(duplicated)));
    }

    [Fact]
    public async Task A_header_without_data_rows_is_rejected()
    {
        Assert.Equal([(IssueCodes.AucuneLigne, (int?)null, (string?)null)], Errors(await ValidateAsync(Csv.ProjetsHeader + "\n\n")));
    }

    [Fact]
    public async Task Unsupported_formats_are_rejected_by_name()
    {
        var report = await ValidateAsync("%PDF-1.4", path: "93/bilan.pdf");

        Assert.Equal(IssueCodes.FormatNonSupporte, Assert.Single(report.Issues).Code);
    }

    [Fact]
    public async Task Derived_fields_and_coportage_disagreement()
    {
        var csv = Csv.ProjetsHeader + ";Co-portage\n"
            + Csv.Projet("P1", coPorteurs: "Logirem", coTypes: "ESH") + ";non\n";

        var report = await ValidateAsync(csv);

        Assert.True(report.IsValid);
        var warning = Assert.Single(report.Issues);
        Assert.Equal((IssueCodes.CoPortageIncoherent, 2, "co_portage"), (warning.Code, warning.Row, warning.Field));
    }

    [Fact]
    public async Task Co_carrier_types_that_do_not_line_up_with_co_carriers_are_a_warning()
    {
        var report = await ValidateAsync(Csv.Projets(Csv.Projet("P1", coPorteurs: "Logirem|Habitat 13", coTypes: "ESH")));

        Assert.True(report.IsValid);
        var warning = Assert.Single(report.Issues);
        Assert.Equal((IssueCodes.CoPorteursNonAlignes, 2, "types_co_porteurs"), (warning.Code, warning.Row, warning.Field));
    }

    [Fact]
    public async Task Unknown_themes_are_kept_as_autre_with_a_warning()
    {
        var report = await ValidateAsync(Csv.Projets(Csv.Projet("P1", themes: "jeunes|Accès à la culture")));

        Assert.True(report.IsValid);
        var warning = Assert.Single(report.Issues);
        Assert.Equal((IssueCodes.ThematiqueInconnue, "Accès à la culture"), (warning.Code, warning.Value));
    }

    [Fact]
    public async Task Region_names_and_abbreviations_are_accepted_for_the_upload_region_only()
    {
        string File(string region) => "Région;" + Csv.ProjetsHeader + "\n" + region + ";" + Csv.Projet("P1") + "\n";

        Assert.True((await ValidateAsync(File("PACA"))).IsValid);
        Assert.True((await ValidateAsync(File("Provence-Alpes-Côte d'Azur"))).IsValid);
        Assert.Equal([(IssueCodes.RegionInconnue, (int?)2, "code_region")], Errors(await ValidateAsync(File("Atlantide"))));
        Assert.Equal([(IssueCodes.RegionDifferente, (int?)2, "code_region")], Errors(await ValidateAsync(File("IDF"))));
    }

    [Fact]
    public async Task Siren_departments_and_epci_are_checked_against_the_reference()
    {
        var report = await ValidateAsync(Csv.ProjetsHeader + ";SIRET\n"
            + Csv.Projet("P1", departements: "13|99", epci: "200054807") + ";732829321\n"
            + Csv.Projet("P2", epci: "200046977|123456789") + ";732829320\n");

        var errors = Errors(report);
        Assert.Contains((IssueCodes.SirenInvalide, 2, "siren_porteur"), errors);
        Assert.Contains((IssueCodes.DepartementInconnu, 2, "departements"), errors);
        Assert.Contains((IssueCodes.EpciHorsRegion, 3, "epci"), errors); // Métropole de Lyon: no commune in PACA
        Assert.Contains((IssueCodes.EpciInconnu, 3, "epci"), errors);
        Assert.Equal(4, errors.Count);
    }

    [Fact]
    public async Task A_comma_between_department_codes_separates_them_even_where_it_could_be_a_decimal_comma()
    {
        var report = await ValidateAsync(Csv.Projets(Csv.Projet("P1", departements: "13,84")));

        Assert.True(report.IsValid, string.Join("\n", report.Issues));
    }

    [Fact]
    public async Task Suivi_checks_household_consistency_and_duplicates()
    {
        var csv = "Année;N° projet;Ménages accompagnés;Ménages sortis;Relogés;Maintiens\n"
            + "2021;P1;10;12;1;0\n2021;P2;10;5;6;0\n2021;P1;3;;;\n";

        var report = await ValidateAsync(csv, known: new HashSet<string> { "P1", "P2" });

        var errors = Errors(report);
        Assert.Contains((IssueCodes.IncoherenceMenages, 2, "menages_sortis"), errors);
        Assert.Contains((IssueCodes.IncoherenceMenages, 3, "relogements"), errors);
        Assert.Contains((IssueCodes.LigneEnDouble, 4, "id_projet"), errors);
    }

    [Fact]
    public async Task Windows_1252_files_are_read_with_their_accents()
    {
        var report = await ValidateAsync(Csv.Projets(Csv.Projet("P1", themes: "Prévention des expulsions")),
            encoding: CodePagesEncoding());

        Assert.True(report.IsValid, string.Join("\n", report.Issues));
    }

    [Fact]
    public async Task Latin9_files_are_read_with_their_euro_signs_and_ligatures()
    {
        var report = await ValidateAsync(Csv.Projets(
                Csv.Projet("P1", montant: "93\u00A0500,00\u00A0€", coPorteurs: "Cœur de ville"),
                Csv.Projet("P2", montant: "1 250 €")),
            encoding: CodePagesEncoding(28605));

        Assert.True(report.IsValid, string.Join("\n", report.Issues));
        Assert.Equal(2, report.Rows);
    }

    private static Encoding CodePagesEncoding(int codePage = 1252)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }
}
