namespace Fnavdl.Core.Reference;

/// <summary>
/// An EPCI à fiscalité propre (CC, CA, CU, métropole). An EPCI may straddle a regional border, so a
/// region may cite it when at least one member commune is in that region: <see cref="RegionsOfMembers"/>.
/// </summary>
/// <param name="Siren">The EPCI's 9-digit SIREN.</param>
/// <param name="Population">Municipal population (<c>populationMunicipale</c>) as published with the EPCI list.</param>
/// <param name="RegionsOfMembers">Region codes of the member communes.</param>
/// <param name="MemberCommunes">INSEE codes of the member communes, sorted.</param>
public sealed record EpciInfo(
    string Siren,
    string Nom,
    long Population,
    IReadOnlySet<string> RegionsOfMembers,
    IReadOnlyList<string> MemberCommunes);
