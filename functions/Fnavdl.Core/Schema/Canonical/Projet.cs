namespace Fnavdl.Core.Schema.Canonical;

/// <summary>A curated `projets` row. Names follow the spec's canonical fields.</summary>
public sealed record Projet
{
    public required string CodeRegion { get; init; }
    public required int Annee { get; init; }
    public required string AppelAProjets { get; init; }
    public DateOnly? DateDecision { get; init; }
    public required string IdProjet { get; init; }
    public required string Intitule { get; init; }
    public required string Porteur { get; init; }
    public required string TypePorteur { get; init; }
    public string? SirenPorteur { get; init; }
    /// <summary>Co-carriers in file order, each with its type when the file gives one.</summary>
    public IReadOnlyList<CoPorteur> CoPorteurs { get; init; } = [];
    /// <summary>The file's own yes/no, kept as given (null when absent).</summary>
    public bool? CoPortage { get; init; }
    public required IReadOnlyList<Thematique> Thematiques { get; init; }
    public required IReadOnlyList<string> Departements { get; init; }
    public IReadOnlyList<string> Epci { get; init; } = [];
    public required decimal MontantAccorde { get; init; }
    public decimal? MontantDemande { get; init; }
    public int? MenagesPrevus { get; init; }
    public int? DureeMois { get; init; }
    public string? Volet { get; init; }

    // Derived (never trusted from the file).
    public required bool CoPortageDerive { get; init; }
    public required bool PortageBailleur { get; init; }
    public bool EpciImplique => Epci.Count > 0;
    /// <summary>The project in one column (<c>cle_projet</c>), for tools that relate tables on one column.</summary>
    public string CleProjet => ProjectKey.Of(Annee, CodeRegion, AppelAProjets, IdProjet);

    public required int SourceRow { get; init; }
    public string? SourceSheet { get; init; }
}
