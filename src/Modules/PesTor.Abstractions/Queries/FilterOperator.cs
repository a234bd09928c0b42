namespace PesTor.Queries;

public enum FilterOperator
{
    Eq,
    NotEq,
    Lt,
    Lte,
    Gt,
    Gte,
    Contains,
    StartsWith,
    EndsWith,
    In,
    NotIn,
}
