namespace KenpoGraph.Domain.Organisation;

public enum OrgUnitKind
{
    /// <summary>本部: the association's headquarters and the holder of national figures.</summary>
    Headquarters,

    /// <summary>支部: one prefectural branch.</summary>
    Branch,
}
