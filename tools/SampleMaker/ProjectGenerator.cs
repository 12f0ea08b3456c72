namespace SampleMaker;

/// <summary>A department of the region with towns for project titles and real EPCI SIRENs (epci.json, all members in the region).</summary>
public sealed record Department(string Code, int Weight, string[] Cities, string[] Epci);

/// <summary>A regional call as published: its name, committee date, number of projects, co-carried count and total.</summary>
public sealed record CallSpec(string Name, DateOnly Decision, int Count, int CoCarried, decimal Total);

/// <summary>
/// Draws a region's projects for a call from its carriers and departments. Everything depends on the
/// seeded <see cref="Random"/> only; the co-carried count and the total are exact by construction.
/// </summary>
public sealed class ProjectGenerator(Random random, CarrierMix carriers, IReadOnlyList<Department> departments, string idPrefix)
{
    private static readonly int?[] Durations = [12, 12, 12, 24, 24, 36, 18, 6, 9, null, null];
    private int _number;
    private int _themeIndex;

    /// <summary>Theme labels outside the vocabulary, by project rank in the region (warnings on purpose).</summary>
    public Dictionary<int, string> ExtraThemeAt { get; } = [];
    public Dictionary<int, string> OnlyThemeAt { get; } = [];
    public string[] Volets { get; init; } = ["vers", "dans", "vers_et_dans"];
    public double SirenOnlyShare { get; init; } = 0.1;
    public double NoSirenShare { get; init; } = 0.1;

    public List<SampleProject> Call(CallSpec spec, int year)
    {
        var coCarriedIndexes = Enumerable.Range(0, spec.Count).OrderBy(_ => random.Next()).Take(spec.CoCarried).ToHashSet();
        var amounts = AmountSplitter.Split(random, spec.Count, spec.Total, 20, 135, 0.2);
        var projects = new List<SampleProject>();
        for (var i = 0; i < spec.Count; i++)
        {
            var (lead, co) = carriers.Draw(random, coCarriedIndexes.Contains(i));
            var depts = DrawDepartments();
            var main = departments.Single(d => d.Code == depts[0]);
            var (themes, titleTheme) = DrawThemes(_themeIndex++);
            var amount = amounts[i];
            projects.Add(new SampleProject
            {
                Year = year,
                Call = spec.Name,
                Decision = spec.Decision,
                Id = $"{idPrefix}{++_number:D3}",
                Title = $"{titleTheme.Titles[random.Next(titleTheme.Titles.Count)]} – {main.Cities[random.Next(main.Cities.Length)]}",
                Lead = lead,
                SirenOrSiret = random.NextDouble() switch
                {
                    var x when x < NoSirenShare => null,
                    var x when x < NoSirenShare + SirenOnlyShare => lead.Siren,
                    _ => Siren.Siret(lead.Siren!, random.Next(10, 60)),
                },
                CoCarriers = co,
                Themes = themes,
                Departments = depts,
                Epci = random.NextDouble() switch
                {
                    < 0.45 => [],
                    < 0.92 => [main.Epci[random.Next(main.Epci.Length)]],
                    _ => main.Epci.Take(2).ToList(),
                },
                Amount = amount,
                Requested = random.NextDouble() switch
                {
                    < 0.15 => null,
                    < 0.45 => amount,
                    _ => decimal.Round(amount * (1m + random.Next(5, 30) / 100m) / 500m) * 500m,
                },
                Households = random.NextDouble() < 0.08 ? null : Math.Max(5, (int)(amount / random.Next(900, 2600))),
                Months = Durations[random.Next(Durations.Length)],
                Volet = Volets[random.Next(Volets.Length)],
            });
        }
        return projects;
    }

    private List<string> DrawDepartments()
    {
        var roll = random.Next(departments.Sum(d => d.Weight));
        var first = departments.First(d => (roll -= d.Weight) < 0);
        if (random.NextDouble() >= 0.12 || departments.Count < 2) return [first.Code];
        var other = departments[(departments.ToList().IndexOf(first) + 1) % departments.Count];
        return [first.Code, other.Code];
    }

    /// <summary>The first ten projects of a region cover the ten codes, then themes are drawn.</summary>
    private (List<string> Labels, Themes.Theme TitleTheme) DrawThemes(int index)
    {
        var first = index < 10 ? Themes.All[index] : Themes.All[random.Next(Themes.All.Count)];
        var labels = new List<string> { first.Labels[random.Next(first.Labels.Count)] };
        if (random.NextDouble() < 0.35)
        {
            var second = Themes.All[random.Next(Themes.All.Count)];
            if (second != first) labels.Add(second.Labels[random.Next(second.Labels.Count)]);
        }
        if (ExtraThemeAt.TryGetValue(index, out var extra)) labels.Add(extra);
        if (OnlyThemeAt.TryGetValue(index, out var only)) labels = [only];
        return (labels, first);
    }

    public static int ThemeCodesUsed(IEnumerable<SampleProject> projects) =>
        projects.SelectMany(p => p.Themes).Select(l => Themes.All.FirstOrDefault(t => t.Labels.Contains(l))?.Code)
            .Where(c => c != null).Distinct().Count();
}
