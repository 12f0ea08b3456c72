namespace Fnavdl.Core.Schema;

/// <summary>
/// A canonical field of a report kind, as regions write it in their files: the header aliases they
/// actually use, its type and whether a file must give it, and what the published contract says of it
/// (French title and description, vocabulary, range, length limit, example).
/// </summary>
/// <remarks>
/// Declared once, in the table definitions (<see cref="Definition.TableCatalog"/>); header matching,
/// row reading, the curated columns and the published Table Schema all read it from there.
/// </remarks>
public sealed record FieldDefinition(string Name, FieldType Type, bool Required, IReadOnlyList<string> Aliases)
{
    /// <summary>Short French label (the Table Schema <c>title</c>).</summary>
    public string Title { get; init; } = "";

    /// <summary>French description for regions and analysts (the Table Schema <c>description</c>).</summary>
    public string Description { get; init; } = "";

    /// <summary>The canonical codes of a vocabulary field (empty for free values).</summary>
    public IReadOnlyList<string> Vocabulary { get; init; } = [];

    /// <summary>Smallest accepted value of a number, inclusive.</summary>
    public decimal? Minimum { get; init; }

    /// <summary>Largest accepted value of a number, inclusive.</summary>
    public decimal? Maximum { get; init; }

    /// <summary>
    /// Most characters one text value of this field may hold — the whole cell, or each item of a list
    /// (null: the default of <see cref="Validation.Values.TextValueRule"/>).
    /// </summary>
    public int? MaxLength { get; init; }

    /// <summary>A typical value, as a region would write it.</summary>
    public string? Example { get; init; }

    /// <summary>The field's column in the region's template, or null when the template leaves it out.</summary>
    public FieldTemplate? Template { get; init; }

    /// <summary>The field holds a list of values in one cell.</summary>
    public bool IsList => Type is FieldType.TextList or FieldType.CarrierTypeList or FieldType.ThemeList
        or FieldType.DepartmentList or FieldType.EpciList;
}
