namespace Fnavdl.Core.Schema;

/// <summary>
/// The unit a header states for an amount column other than the euro (« Montant accordé (k€) »):
/// each cell is multiplied by <see cref="Factor"/> to give euros.
/// </summary>
/// <param name="Factor">Euros per unit: 1 000 for thousands, 1 000 000 for millions.</param>
/// <param name="Name">The unit in French words, as the report says it (« milliers d'euros »).</param>
/// <param name="Symbol">The unit as a cell would write it (« k€ »).</param>
internal sealed record AmountUnit(decimal Factor, string Name, string Symbol)
{
    public static AmountUnit Thousands { get; } = new(1_000m, "milliers d'euros", "k€");

    public static AmountUnit Millions { get; } = new(1_000_000m, "millions d'euros", "M€");

    public static AmountUnit Billions { get; } = new(1_000_000_000m, "milliards d'euros", "Md€");
}
