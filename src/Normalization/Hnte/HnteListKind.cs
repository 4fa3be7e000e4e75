namespace YuanlingTech.Normalization.Hnte;

/// <summary>The three kinds of HNTE list a notices column publishes.</summary>
public enum HnteListKind
{
    /// <summary>公示: proposed for recognition; no certificate number.</summary>
    Proposed,

    /// <summary>认定/公布: recognized, with certificate numbers and issue dates.</summary>
    Recognized,

    /// <summary>取消资格: revoked.</summary>
    Revoked,
}
