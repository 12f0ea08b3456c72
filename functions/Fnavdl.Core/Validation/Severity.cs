namespace Fnavdl.Core.Validation;

public enum Severity { Error, Warning }
