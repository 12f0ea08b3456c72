namespace Fnavdl.Core.Templates;

/// <summary>
/// One column of a template: the canonical field, the French header written in the workbook (an
/// alias the schema stage recognises — a test keeps them in step), and the notice's explanation.
/// </summary>
internal sealed record TemplateColumn(string Field, string Header, string Notice, TemplateList List = TemplateList.None);
