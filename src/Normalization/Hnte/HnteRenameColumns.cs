namespace YuanlingTech.Normalization.Hnte;

/// <summary>Canonical column ids of a rename list (beside <c>RawColumns.SerialNo</c> and <c>RawColumns.CertificateNo</c>).</summary>
public static class HnteRenameColumns
{
    public const string OldName = "old_name";
    public const string NewName = "new_name";
}
