using Fnavdl.Core.Reference;

namespace Fnavdl.Core.Tests.Reference;

public sealed class ReferenceLoadingTests
{
    private static readonly Dictionary<string, string> Minimal = new()
    {
        ["source.json"] = """{ "package": "test-package", "version": "1.2.3" }""",
        ["regions.csv"] = "code;nom\n93;Provence-Alpes-Côte d'Azur\n76;Occitanie\n",
        ["departements.csv"] = "code;nom;region\n13;Bouches-du-Rhône;93\n30;Gard;76\n",
        ["communes.csv"] = "code;departement;region;population\n13055;13;93;870000\n30189;30;76;8000\n13001;13;93;140000\n",
        ["epci.csv"] = "siren;nom;population;communes\n248400251;Deux régions;8000;30189 13055\n200054807;Une région;1010000;13055 13001\n",
    };

    private static AdministrativeReference LoadWith(string file, string content)
    {
        var files = new Dictionary<string, string>(Minimal) { [file] = content };
        return AdministrativeReference.Load(name => new StringReader(files[name]));
    }

    [Fact]
    public void Files_are_loaded_sorted_and_cross_referenced()
    {
        var reference = AdministrativeReference.Load(name => new StringReader(Minimal[name]));

        Assert.Equal("test-package@1.2.3", reference.Source);
        Assert.Equal(["76", "93"], reference.Regions.Select(r => r.Code));
        Assert.Equal(1_010_000, reference.CommunePopulation("93"));
        Assert.Equal(1_018_000, reference.CommunePopulationOfRegions());
        var straddling = reference.FindEpci("248400251")!;
        Assert.Equal(["76", "93"], straddling.RegionsOfMembers.Order(StringComparer.Ordinal));
        Assert.Equal(["13055", "30189"], straddling.MemberCommunes);
        Assert.Equal(["200054807", "248400251"], reference.Epcis.Select(e => e.Siren));
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_is_rejected()
    {
        var error = Assert.Throws<InvalidDataException>(() =>
            LoadWith("departements.csv", "code;nom;region\n13;Bouches-du-Rhône\n"));
        Assert.Contains("line 2", error.Message);
    }

    [Fact]
    public void A_department_of_an_unknown_region_is_rejected() =>
        Assert.Throws<InvalidDataException>(() => LoadWith("departements.csv", "code;nom;region\n975;Saint-Pierre-et-Miquelon;975\n"));

    [Fact]
    public void An_EPCI_member_that_is_not_a_known_commune_is_rejected() =>
        Assert.Throws<InvalidDataException>(() => LoadWith("epci.csv", "siren;nom;population;communes\n200054807;X;1;99999\n"));

    [Fact]
    public void A_population_that_is_not_a_count_is_rejected() =>
        Assert.Throws<InvalidDataException>(() => LoadWith("communes.csv", "code;departement;region;population\n13055;13;93;-5\n"));

    [Fact]
    public void An_EPCI_without_member_communes_is_rejected() =>
        Assert.Throws<InvalidDataException>(() => LoadWith("epci.csv", "siren;nom;population;communes\n200054807;X;1;\n"));

    [Fact]
    public void A_commune_of_an_unknown_region_is_rejected() =>
        Assert.Throws<InvalidDataException>(() => LoadWith("communes.csv", "code;departement;region;population\n97501;975;975;5000\n"));
}
