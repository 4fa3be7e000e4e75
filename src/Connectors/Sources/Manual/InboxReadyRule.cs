namespace YuanlingTech.Connectors.Sources.Manual;

/// <summary>When an inbox file counts as completely written (<c>Sources:manual:ReadyWhen</c>).</summary>
public enum InboxReadyRule
{
    /// <summary>Its size and modification time were the same at two looks <c>MinFileAgeSeconds</c> apart, and its modification time is at least that old.</summary>
    Stable,

    /// <summary>A marker <c>&lt;name&gt;.done</c> (any content) sits beside it; the uploader writes the marker after the file.</summary>
    DoneMarker,
}
