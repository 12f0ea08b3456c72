namespace Fnavdl.Core.Schema;

/// <summary>
/// How a region's template (<c>FrontDoor/TemplateContent</c>) presents a field: the header it writes — one
/// of the field's aliases, so a filled template is read back as it was written — and the notice's help.
/// The template adds to the help what the field itself says: "Obligatoire." when it is required, and
/// how to type several values when it is a list.
/// </summary>
public sealed record FieldTemplate(string Header, string Help);
