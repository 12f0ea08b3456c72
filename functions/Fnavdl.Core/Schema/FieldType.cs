namespace Fnavdl.Core.Schema;

public enum FieldType
{
    Text,
    Region,
    Year,
    Date,
    Amount,
    Integer,
    Boolean,
    CarrierType,
    CarrierTypeList,
    Siren,
    TextList,
    ThemeList,
    DepartmentList,
    EpciList,
    Volet,
}
