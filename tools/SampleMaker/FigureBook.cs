using System.Globalization;

namespace SampleMaker;

/// <summary>
/// What each generated file must yield once ingested, computed from the generator's own values
/// (never read back from the files). Printed, written to samples/expected-figures.json and to the README.
/// </summary>
public sealed class FigureBook
{
    public sealed record CallFigures(int Year, string Call, int Projects, decimal Amount, int CoCarried, int LandlordCarried, int WithEpci);

    public sealed record FileFigures(
        string File, string Region, string Kind, string Shape, int Rows, string Demonstrates,
        IReadOnlyList<CallFigures>? Calls = null,
        IReadOnlyDictionary<int, decimal>? Envelopes = null,
        IReadOnlyDictionary<int, SuiviTotals>? Suivi = null);

    public sealed record SuiviTotals(int Rows, int Accompanied, int Exited, int Rehoused, int Maintained, decimal Spent);

    public List<FileFigures> Files { get; } = [];

    public void Projets(string file, string region, string shape, string demonstrates, IReadOnlyList<SampleProject> projects)
    {
        var calls = projects
            .GroupBy(p => (p.Year, p.Call))
            .Select(g => new CallFigures(g.Key.Year, g.Key.Call, g.Count(), g.Sum(p => p.Amount),
                g.Count(p => p.CoCarried), g.Count(p => p.LandlordCarried), g.Count(p => p.Epci.Count > 0)))
            .ToList();
        Files.Add(new FileFigures(file, region, "projets", shape, projects.Count, demonstrates, Calls: calls));
    }

    public void Enveloppes(string file, string region, string shape, string demonstrates, IReadOnlyList<SampleEnvelope> rows) =>
        Files.Add(new FileFigures(file, region, "enveloppes", shape, rows.Count, demonstrates,
            Envelopes: rows.ToDictionary(r => r.Year, r => r.Amount)));

    public void Suivi(string file, string region, string shape, string demonstrates, IReadOnlyList<SampleSuivi> rows) =>
        Files.Add(new FileFigures(file, region, "suivi", shape, rows.Count, demonstrates,
            Suivi: rows.GroupBy(r => r.Year).ToDictionary(g => g.Key, g => new SuiviTotals(
                g.Count(), g.Sum(r => r.Accompanied), g.Sum(r => r.Exited ?? 0), g.Sum(r => r.Rehoused ?? 0),
                g.Sum(r => r.Maintained ?? 0), g.Sum(r => r.Spent ?? 0)))));

    public static string Euros(decimal value) =>
        value.ToString("#,##0.00", CultureInfo.InvariantCulture).Replace(',', ' ').Replace('.', ',');

    public void Print(TextWriter output)
    {
        foreach (var f in Files)
        {
            output.WriteLine($"{f.File}  [{f.Kind}] {f.Rows} rows");
            foreach (var c in f.Calls ?? [])
                output.WriteLine($"    {c.Year} {c.Call}: {c.Projects} projets, {Euros(c.Amount)} €, co-portés {c.CoCarried}, portage bailleur {c.LandlordCarried}, avec EPCI {c.WithEpci}");
            foreach (var (year, amount) in f.Envelopes ?? new Dictionary<int, decimal>())
                output.WriteLine($"    {year}: enveloppe {Euros(amount)} €");
            foreach (var (year, s) in f.Suivi ?? new Dictionary<int, SuiviTotals>())
                output.WriteLine($"    {year}: {s.Rows} lignes, accompagnés {s.Accompanied}, sortis {s.Exited}, relogés {s.Rehoused}, maintiens {s.Maintained}, consommé {Euros(s.Spent)} €");
        }
    }
}
