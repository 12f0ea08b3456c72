namespace Fnavdl.Core.Issues;

public enum Severity { Error, Warning }
