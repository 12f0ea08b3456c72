namespace Fnavdl.Core.Templates;

/// <summary>The drop-down list a template column offers (<see cref="TemplateColumns"/> picks it from the field's type).</summary>
internal enum TemplateList { None, CarrierTypes, CarrierTypesMany, YesNo, Themes, Volets, Departements, Epci }
