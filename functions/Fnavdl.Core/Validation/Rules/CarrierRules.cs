using Fnavdl.Core.Schema.Vocabularies;

namespace Fnavdl.Core.Validation.Rules;

/// <summary>
/// The derived carrier fields (report-format.md, "Derived fields"), computed from the carrier types and
/// never trusted from the file.
/// </summary>
internal static class CarrierRules
{
    /// <summary><c>co_portage_derive</c>: the carriers (lead and co-carriers) include an association and a social landlord.</summary>
    public static bool CoPortageDerive(IReadOnlyCollection<string> carrierTypes) =>
        carrierTypes.Contains(CarrierTypeVocabulary.Association) && carrierTypes.Contains(CarrierTypeVocabulary.BailleurSocial);

    /// <summary><c>portage_bailleur</c>: a social landlord is the lead carrier or a co-carrier.</summary>
    public static bool PortageBailleur(IReadOnlyCollection<string> carrierTypes) =>
        carrierTypes.Contains(CarrierTypeVocabulary.BailleurSocial);
}
