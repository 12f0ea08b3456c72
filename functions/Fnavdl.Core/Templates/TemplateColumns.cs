using Fnavdl.Core.Schema;
using Fnavdl.Core.Schema.Definition;

namespace Fnavdl.Core.Templates;

/// <summary>
/// The template's columns per report kind: every field of the kind's table definition that declares a
/// <see cref="FieldDefinition.Template"/>, in the definition's order (the spec's, report-format.md). The
/// header and help are the definition's; "Obligatoire.", the list help and the drop-down follow from the
/// field's requirement and type.
/// </summary>
internal static class TemplateColumns
{
    private const string Required = "Obligatoire. ";
    private const string Liste = " Plusieurs valeurs : séparez-les par « | » (la liste déroulante propose une valeur ; tapez les autres).";

    public static IReadOnlyList<TemplateColumn> Projets { get; } = Of(ProjetsDefinition.Table);

    public static IReadOnlyList<TemplateColumn> Suivi { get; } = Of(SuiviDefinition.Table);

    public static IReadOnlyList<TemplateColumn> Enveloppes { get; } = Of(EnveloppesDefinition.Table);

    public static IReadOnlyList<TemplateColumn> For(ReportKind kind) => kind switch
    {
        ReportKind.Projets => Projets,
        ReportKind.Suivi => Suivi,
        ReportKind.Enveloppes => Enveloppes,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static TemplateColumn[] Of(TableDefinition table) =>
    [
        .. table.Fields.Where(f => f.Template is not null).Select(f => new TemplateColumn(
            f.Name,
            f.Template!.Header,
            (f.Required ? Required : "") + f.Template.Help + (f.IsList ? Liste : ""),
            ListOf(f.Type))),
    ];

    /// <summary>The drop-down a field's type offers: its vocabulary, the region's own territories, or none.</summary>
    private static TemplateList ListOf(FieldType type) => type switch
    {
        FieldType.CarrierType => TemplateList.CarrierTypes,
        FieldType.CarrierTypeList => TemplateList.CarrierTypesMany,
        FieldType.Boolean => TemplateList.YesNo,
        FieldType.ThemeList => TemplateList.Themes,
        FieldType.Volet => TemplateList.Volets,
        FieldType.DepartmentList => TemplateList.Departements,
        FieldType.EpciList => TemplateList.Epci,
        _ => TemplateList.None,
    };
}
