using System.Reflection;
using System.Text.RegularExpressions;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Tests.Hostile;
using Fnavdl.Core.Tests.Support;
using Fnavdl.Core.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Fnavdl.Core.Tests.Validation;

/// <summary>
/// One catalogue says every problem: each code has one entry, each message comes from one of its
/// templates with all its placeholders filled, and the severity is the catalogue's wherever the
/// problem is found.
/// </summary>
public sealed class IssueCatalogTests
{
    private static readonly IReadOnlyList<string> CodeConstants = typeof(IssueCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();

    private static IEnumerable<(Type Entry, IssueDefinition Definition)> Entries() =>
        typeof(IssueCatalog).GetNestedTypes(BindingFlags.Public)
            .Select(t => (t, (IssueDefinition)t.GetField("Definition", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!));

    private static IEnumerable<(string Name, IssueTemplate Template)> TemplateFields(Type entry) =>
        entry.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(IssueTemplate))
            .Select(f => (f.Name, (IssueTemplate)f.GetValue(null)!));

    [Fact]
    public void Every_code_constant_has_exactly_one_catalogue_entry_and_every_entry_a_code_constant()
    {
        var entries = Entries().ToList();

        Assert.Equal(CodeConstants.Order(StringComparer.Ordinal), entries.Select(e => e.Definition.Code).Order(StringComparer.Ordinal));
        Assert.Equal(CodeConstants, IssueCatalog.All.Select(d => d.Code));
        Assert.Equal(CodeConstants, IssueCodes.All);
        // The entry is named as the constant, so IssueCatalog.X says the problem IssueCodes.X names.
        Assert.All(entries, e => Assert.Equal(e.Definition.Code, typeof(IssueCodes).GetField(e.Entry.Name)?.GetRawConstantValue()));
    }

    [Fact]
    public void Every_entry_has_a_french_title_an_advice_and_named_templates_that_are_its_own()
    {
        foreach (var (entry, definition) in Entries())
        {
            Assert.False(string.IsNullOrWhiteSpace(definition.Title), definition.Code);
            Assert.False(string.IsNullOrWhiteSpace(definition.Correction), definition.Code);
            var fields = TemplateFields(entry).ToList();
            Assert.NotEmpty(fields);
            Assert.Equal(fields.Select(f => f.Template), definition.Templates);
            Assert.All(fields, f => Assert.Equal((f.Name, definition), (f.Template.Name, f.Template.Definition)));
        }
    }

    [Fact]
    public void A_template_refuses_a_missing_an_unknown_or_a_repeated_argument()
    {
        var template = IssueCatalog.ValeurHorsPlage.EntierEntre; // {Champ}, {Min}, {Max}

        Assert.Throws<IssueTemplateException>(() => template.Format(("Champ", "duree_mois"), ("Min", 1)));
        Assert.Throws<IssueTemplateException>(() => template.Format(("Champ", "duree_mois"), ("Min", 1), ("Max", 60), ("Valeur", "x")));
        Assert.Throws<IssueTemplateException>(() => template.Format(("Champ", "a"), ("Champ", "b"), ("Min", 1), ("Max", 60)));
        var message = template.Format(("Max", 60), ("Champ", "duree_mois"), ("Min", 1));
        Assert.Equal("La colonne « Durée (mois) » (champ « duree_mois ») doit contenir un entier compris entre 1 et 60.",
            message.InColumn("Durée (mois)").Text);
        Assert.Equal((IssueCodes.ValeurHorsPlage, Severity.Error), (message.Code, message.Severity));
    }

    [Fact]
    public void Every_template_fills_each_placeholder_and_writes_escaped_braces_once()
    {
        foreach (var template in IssueCatalog.All.SelectMany(d => d.Templates))
        {
            var arguments = template.Placeholders.Select(p => (p, (object?)$"<{p}>")).ToArray();
            var text = template.Format(arguments).Text;
            Assert.All(template.Placeholders, p => Assert.Contains($"<{p}>", text));
            Assert.DoesNotMatch(@"\{[A-Z][A-Za-z0-9]*\}", text);
            Assert.DoesNotContain("{{", text);
        }
        Assert.Contains("uploads/{code_region}/", IssueCatalog.CheminInvalide.RegionNonInsee.Format(("Segment", "x")).Text);
    }

    /// <summary>
    /// Reads the sources: every <c>IssueCatalog.X.Y</c> is the receiver of a <c>Format</c> call, and
    /// the call's arguments are exactly that template's placeholders. A placeholder added to a
    /// template without its argument at some call site fails here, not in a region's report.
    /// </summary>
    [Fact]
    public void Every_call_site_supplies_exactly_the_placeholders_of_its_template()
    {
        var templates = Entries().SelectMany(e => TemplateFields(e.Entry).Select(f => ($"IssueCatalog.{e.Entry.Name}.{f.Name}", f.Template)))
            .ToDictionary(t => t.Item1, t => t.Template);
        var used = new HashSet<string>();
        var problems = new List<string>();
        foreach (var (file, root) in ProductionSources())
        {
            foreach (var access in root.DescendantNodes().OfType<MemberAccessExpressionSyntax>())
            {
                var name = access.ToString();
                if (!templates.TryGetValue(name, out var template)) continue;
                used.Add(name);
                var call = FormatCallOf(access);
                if (call is null)
                {
                    problems.Add($"{file}: {name} is not the receiver of a Format(…) call");
                    continue;
                }
                var supplied = call.ArgumentList.Arguments.Select(ArgumentName).ToList();
                // The column is the report's to fill (ValidationIssue.Of), never a rule's.
                var expected = template.Placeholders.Where(p => p != IssueTemplate.ColumnPlaceholder).Order();
                if (supplied.Contains(null) || !supplied.Order().SequenceEqual(expected))
                    problems.Add($"{file}: {name}.Format({string.Join(", ", supplied)}) but the template has {{{string.Join("}, {", template.Placeholders)}}}");
            }
        }
        problems.AddRange(templates.Keys.Except(used).Select(t => $"{t} is never raised"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// Templates whose column the file does not name: a missing column (the sentence names the field and
    /// the headers it accepts) and a value under no header (named by its position).
    /// </summary>
    private static readonly IssueTemplate[] ColumnsTheFileDoesNotName =
    [
        .. IssueCatalog.ColonneObligatoireManquante.Definition.Templates,
        IssueCatalog.CelluleHorsEnTete.Colonne,
    ];

    [Fact]
    public void Every_cell_and_column_template_names_the_column_as_the_file_wrote_it()
    {
        const string Column = "Montant accordé (k€) — 2021";
        var templates = IssueCatalog.All.Where(d => d.Scope != IssueScope.File).SelectMany(d => d.Templates).Except(ColumnsTheFileDoesNotName).ToList();
        Assert.True(templates.Count >= 55, $"{templates.Count} templates");

        var unnamed = new List<string>();
        foreach (var template in templates)
        {
            // As a rule raises it: every placeholder but the column, which the report fills where it places the issue.
            var arguments = template.Placeholders.Where(p => p != IssueTemplate.ColumnPlaceholder).Select(p => (p, (object?)$"<{p}>")).ToArray();
            var issue = ValidationIssue.Of(template.Format(arguments), row: 7, field: "montant_accorde", column: Column);
            if (!issue.Message.Contains($"« {Column} »", StringComparison.Ordinal)) unnamed.Add($"{template.Definition.Code}.{template.Name}: {issue.Message}");
        }
        Assert.True(unnamed.Count == 0, string.Join("\n", unnamed));
    }

    [Fact]
    public void A_message_that_awaits_its_column_is_named_by_the_field_where_the_file_has_no_such_column()
    {
        var message = IssueCatalog.ValeurObligatoireManquante.AnneeNonDeductible.Format();

        Assert.True(message.AwaitsColumn);
        Assert.Contains("(colonne « annee »)", ValidationIssue.Of(message, row: 3, field: "annee").Message);
        Assert.Contains("(colonne « Année »)", ValidationIssue.Of(message, row: 3, field: "annee", column: "Année").Message);
        var fileLevel = IssueCatalog.AucuneLigne.SousEnTete.Format();
        Assert.False(fileLevel.AwaitsColumn);
        Assert.Same(fileLevel, fileLevel.InColumn("Année"));
    }

    /// <summary>No rule words a message itself: only the catalogue makes an <see cref="IssueMessage"/> or an issue.</summary>
    [Fact]
    public void No_production_code_builds_an_issue_or_a_message_without_the_catalogue()
    {
        var offenders = ProductionSources()
            .Where(s => !s.File.EndsWith("IssueTemplate.cs", StringComparison.Ordinal))
            .SelectMany(s => s.Root.DescendantNodes().OfType<ObjectCreationExpressionSyntax>()
                .Where(n => n.Type.ToString() is "IssueMessage" or "ValidationIssue")
                .Select(n => $"{s.File}: {n}"))
            .ToList();

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public async Task An_unknown_column_is_a_warning_in_every_format_because_the_catalogue_says_so()
    {
        var report = await ReportValidatorTests.ValidateAsync(
            Csv.ProjetsHeader + ";Commentaire\n" + Csv.Projet("P1") + ";à revoir\n");

        var issue = Assert.Single(report.Issues);
        Assert.Equal((IssueCodes.ColonneInconnue, Severity.Warning), (issue.Code, issue.Severity));
        Assert.Equal(IssueCatalog.ColonneInconnue.Definition.Severity, issue.Severity);
        Assert.True(report.IsValid);
    }

    /// <summary>The same rows as CSV, XLSX, ODS and JSON: the same problems, said in the same words.</summary>
    [Fact]
    public async Task The_same_problem_is_said_the_same_way_from_csv_xlsx_ods_and_json()
    {
        var header = (Csv.ProjetsHeader + ";Commentaire").Split(';');
        string[][] rows =
        [
            .. new[]
            {
                Csv.Projet("P1"),
                Csv.Projet("P2", montant: "1.234"),
                Csv.Projet("P3", departements: "999", type: "inconnu"),
                Csv.Projet("P4", themes: "astronomie", duree: "douze"),
                Csv.Projet("P5", duree: "99"),
                Csv.Projet("P6", montant: "12,500 euros"),
            }.Select(r => (r + ";à revoir").Split(';')),
        ];

        var csv = string.Join("\n", new[] { header }.Concat(rows).Select(r => string.Join(';', r))) + "\n";
        var xlsx = new XlsxBuilder().Sheet("Projets", s =>
        {
            s.Row(header);
            foreach (var row in rows) s.Row(row);
        }).ToBytes();
        var ods = OdsPackage.Zip(OdsPackage.Content(OdsTable(new[] { header }.Concat(rows)))).ToArray();
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(
            rows.Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second)));

        var reports = new[]
        {
            await Validate(System.Text.Encoding.UTF8.GetBytes(csv), "93/bilan.csv"),
            await Validate(xlsx, "93/bilan.xlsx"),
            await Validate(ods, "93/bilan.ods"),
            await Validate(json, "93/bilan.json"),
        };

        var expected = reports[0].Issues.Select(Said).ToList();
        Assert.Equal(
            [IssueCodes.ColonneInconnue, IssueCodes.MontantAmbigu, IssueCodes.ValeurHorsVocabulaire, IssueCodes.DepartementInconnu,
                IssueCodes.ThematiqueInconnue, IssueCodes.EntierInvalide, IssueCodes.ValeurHorsPlage, IssueCodes.MontantAmbigu],
            expected.Select(i => i.Code));
        Assert.All(reports.Skip(1), report => Assert.Equal(expected, report.Issues.Select(Said)));
    }

    private static (string Code, Severity Severity, string Message, string? Field, string? Value) Said(ValidationIssue issue) =>
        (issue.Code, issue.Severity, issue.Message, issue.Field, issue.Value);

    private static Task<Core.Validation.Report.ValidationReport> Validate(byte[] content, string path) =>
        TestServices.Validator().ValidateAsync(new MemoryStream(content), path, "93",
            _ => Task.FromResult<IReadOnlySet<string>>(new HashSet<string>()), sink: null);

    private static string OdsTable(IEnumerable<string[]> rows) =>
        "<table:table table:name=\"Projets\">"
        + string.Concat(rows.Select(r => "<table:table-row>"
            + string.Concat(r.Select(c => c.Length == 0
                ? "<table:table-cell/>"
                : $"<table:table-cell office:value-type=\"string\"><text:p>{System.Security.SecurityElement.Escape(c)}</text:p></table:table-cell>"))
            + "</table:table-row>"))
        + "</table:table>";

    [Theory]
    [InlineData("93/bilan.pdf", "Format de fichier non pris en charge (.pdf) : déposez un fichier CSV, XLSX, XLSM, XLS, XLSB, ODS ou JSON.")]
    [InlineData("93/bilan", "Format de fichier non pris en charge (le nom du fichier n'a pas d'extension) : déposez un fichier CSV, XLSX, XLSM, XLS, XLSB, ODS ou JSON.")]
    [InlineData("93/bilan.", "Format de fichier non pris en charge (le nom du fichier n'a pas d'extension) : déposez un fichier CSV, XLSX, XLSM, XLS, XLSB, ODS ou JSON.")]
    public async Task An_unsupported_format_is_named_by_its_extension_or_by_its_lack_of_one(string path, string message)
    {
        var report = await Validate([1, 2, 3], path);

        var issue = Assert.Single(report.Issues);
        Assert.Equal((IssueCodes.FormatNonSupporte, Severity.Error, message), (issue.Code, issue.Severity, issue.Message));
        Assert.Equal(message, UnsupportedFormat.Of(path).Text);
    }

    public static TheoryData<string> HostileFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in HostileCorpus.All.Where(f => f.Generate is null && f.Content.Length < 1_000_000)) data.Add(file.Name);
        return data;
    }

    /// <summary>Whatever a hostile file triggers, the report says it in the catalogue's words and severity.</summary>
    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task Every_issue_of_a_hostile_file_is_a_catalogue_message_with_the_catalogue_s_severity(string name)
    {
        var file = HostileCorpus.Named(name);
        using var content = new MemoryStream(file.Bytes());
        var region = file.UploadPath.Split('/')[0];
        var report = await TestServices.Validator().ValidateAsync(content, file.UploadPath, region,
            _ => Task.FromResult<IReadOnlySet<string>>(new HashSet<string>()), sink: null);

        Assert.All(report.Issues, issue =>
        {
            var definition = IssueCatalog.Find(issue.Code);
            Assert.NotNull(definition);
            Assert.Equal(definition.Severity, issue.Severity);
            Assert.Contains(definition.Templates, t => Pattern(t).IsMatch(issue.Message));
            // A problem placed in a column says which, in its sentence.
            if (issue.Column is { } column) Assert.Contains($"« {column} »", issue.Message);
        });
    }

    /// <summary>The template as a pattern: its literals exactly, anything for each placeholder.</summary>
    internal static Regex Pattern(IssueTemplate template) =>
        new("^" + string.Join("(.*)", template.Display(_ => "\u0001").Split('\u0001').Select(Regex.Escape)) + "$", RegexOptions.Singleline);

    private static InvocationExpressionSyntax? FormatCallOf(MemberAccessExpressionSyntax template)
    {
        // The template may be chosen by a conditional or a switch: climb to the expression Format is called on.
        SyntaxNode node = template;
        while (node.Parent is ConditionalExpressionSyntax or ParenthesizedExpressionSyntax or SwitchExpressionArmSyntax or SwitchExpressionSyntax)
            node = node.Parent;
        return node.Parent is MemberAccessExpressionSyntax { Name.Identifier.Text: "Format" } format
            && format.Expression == node && format.Parent is InvocationExpressionSyntax call
            ? call
            : null;
    }

    private static string? ArgumentName(ArgumentSyntax argument) =>
        argument.Expression is TupleExpressionSyntax { Arguments: [{ Expression: LiteralExpressionSyntax literal }, _] }
            && literal.IsKind(SyntaxKind.StringLiteralExpression)
            ? literal.Token.ValueText
            : null;

    private static IEnumerable<(string File, SyntaxNode Root)> ProductionSources()
    {
        var functions = Path.Combine(RepoPaths.Root, "functions");
        foreach (var path in Directory.EnumerateFiles(functions, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(functions, path);
            if (relative.Split(Path.DirectorySeparatorChar).Any(s => s is "obj" or "bin")) continue;
            yield return (relative, CSharpSyntaxTree.ParseText(File.ReadAllText(path)).GetRoot());
        }
    }
}
