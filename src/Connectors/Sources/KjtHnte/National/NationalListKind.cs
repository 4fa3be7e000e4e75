namespace YuanlingTech.Connectors.Sources.KjtHnte.National;

/// <summary>The announcements of the national per-province list that carry HNTE lists.</summary>
public enum NationalListKind
{
    /// <summary>备案公告: the recognized batch with certificate numbers.</summary>
    Filing,

    /// <summary>更名公告: firms that keep their certificate under a new name.</summary>
    Rename,
}
