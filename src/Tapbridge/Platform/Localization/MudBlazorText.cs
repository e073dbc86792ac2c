using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Tapbridge.Platform.Localization;

/// <summary>
/// MudBlazor's own words (close buttons, pagers, number field steps, date picker) in the reader's language
/// (MudBlazorText.resx and its translations; the keys are MudBlazor's). A key missing here falls back to MudBlazor's
/// English.
/// </summary>
internal sealed class MudBlazorText(IStringLocalizer<MudBlazorText> text) : MudLocalizer
{
    public override LocalizedString this[string key] => text[key];

    public override LocalizedString this[string key, params object[] arguments] => text[key, arguments];
}
