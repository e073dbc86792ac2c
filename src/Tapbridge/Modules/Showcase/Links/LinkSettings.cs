using System.ComponentModel.DataAnnotations;

namespace Tapbridge.Modules.Showcase.Links;

/// <summary>The <c>Links</c> section: how often clicks are made durable, and where they wait until they are stored.</summary>
internal sealed class LinkSettings
{
    /// <summary>How often queued clicks are written to a segment file and fsynced: what a hard crash may lose at most.</summary>
    [Range(10, 60_000, ErrorMessage = "Links:FlushMilliseconds must be 10 to 60,000 ms.")]
    public int FlushMilliseconds { get; set; } = 1_000;

    /// <summary>This instance's own folder of click segments; relative paths are under the content root.</summary>
    [Required(ErrorMessage = "Links:ClickFolder must name a folder.")]
    public string ClickFolder { get; set; } = "data/clicks";

    public TimeSpan FlushEvery => TimeSpan.FromMilliseconds(FlushMilliseconds);
}
