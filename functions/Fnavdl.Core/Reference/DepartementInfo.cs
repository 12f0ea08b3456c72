namespace Fnavdl.Core.Reference;

/// <summary>A department ("13", "2A", "971") with its official name and the code of its region.</summary>
public sealed record DepartementInfo(string Code, string Nom, string CodeRegion);
