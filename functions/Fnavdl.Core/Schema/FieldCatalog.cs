using Fnavdl.Core.Schema.Definition;

namespace Fnavdl.Core.Schema;

/// <summary>
/// The canonical fields of each report kind and their header aliases, as declared in the table
/// definitions (<see cref="TableCatalog"/>). Aliases are compared after <see cref="HeaderKey.Normalise"/>,
/// so case, accents, spaces and punctuation do not matter here.
/// </summary>
internal static class FieldCatalog
{
    public static IReadOnlyList<FieldDefinition> Projets => ProjetsDefinition.Table.Fields;

    public static IReadOnlyList<FieldDefinition> Suivi => SuiviDefinition.Table.Fields;

    public static IReadOnlyList<FieldDefinition> Enveloppes => EnveloppesDefinition.Table.Fields;

    public static IReadOnlyList<FieldDefinition> For(ReportKind kind) => TableCatalog.For(kind).Fields;
}
