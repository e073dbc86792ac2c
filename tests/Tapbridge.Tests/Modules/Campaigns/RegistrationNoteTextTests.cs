using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Tapbridge.Modules.Campaigns.Components;
using Tapbridge.Platform.Localization;

namespace Tapbridge.Tests.Modules.Campaigns;

/// <summary>
/// A registration's stored history notes read in the reader's language; a note it does not know stays as stored, and a
/// reviewer's comment comes apart from the note, in the words they typed.
/// </summary>
public sealed class RegistrationNoteTextTests
{
    private static readonly ResourceManagerStringLocalizerFactory Factory =
        new(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    [Theory]
    [InlineData("en", "“Serum”: Approved at 24 % (16 % agency + 8 % creator), 10 samples. Sent to TikTok",
        "“Serum”: Approved at 24 % (16 % agency + 8 % creator), 10 samples. Sent to TikTok")]
    [InlineData("vi", "Approved at 24.5 % (16.5 % agency + 8 % creator), 10 samples. Comment: Great fit. Sent to TikTok",
        "Đã duyệt với 24,5 % (16,5 % agency + 8 % nhà sáng tạo), 10 mẫu. Đã gửi sang TikTok · Great fit")]
    [InlineData("vi", "Rejected (may register again): Commission too low, No suitable creator",
        "Bị từ chối (có thể đăng ký lại): Hoa hồng quá thấp, Không có nhà sáng tạo phù hợp")]
    [InlineData("en", "product 1729 from Cebu Closet at 24 % (16 % agency + 8 % creator), 10 samples",
        "Registered from Cebu Closet at 24 % (16 % agency + 8 % creator), 10 samples")]
    [InlineData("en", "“Fluid”: from Cebu Closet at 24 % (16 % agency + 8 % creator), 10 samples, pending review",
        "“Fluid”: From Cebu Closet at 24 % (16 % agency + 8 % creator), 10 samples: Pending")]
    [InlineData("vi", "Changed title, SKUs; 20 % (12 % agency + 8 % creator), 5 samples → 24 % (16 % agency + 8 % creator), 10 samples",
        "Đã sửa tiêu đề, SKU; 20 % (12 % agency + 8 % nhà sáng tạo), 5 mẫu → 24 % (16 % agency + 8 % nhà sáng tạo), 10 mẫu")]
    [InlineData("en", "Nothing changed", "Nothing changed")]
    [InlineData("vi", "Terms changed on TikTok: 20 % (12 % agency + 8 % creator), 5 samples", "Terms changed on TikTok: 20 % (12 % agency + 8 % creator), 5 samples")]
    [InlineData("vi", "“Fluid”: Found in TikTok campaign 735; Product details from TikTok: “Fluid”, ₱487.00–₱490.00, stock 501",
        "“Fluid”: Tìm thấy trong chiến dịch TikTok 735; Thông tin sản phẩm từ TikTok: “Fluid”, ₱487.00–₱490.00, tồn kho 501")]
    [InlineData("en", "TikTok has the product pending; here it is approved; Status on TikTok: approved → rejected (the held decision was not sent)",
        "TikTok has the product pending; here it is Approved; Status on TikTok: Approved → Rejected (the held decision was not sent)")]
    public void A_note_is_said_in_the_reader_s_language(string language, string stored, string expected)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Language.Find(language)!.Culture;
            var text = new StringLocalizer<CampaignsText>(Factory);
            var words = new StringLocalizer<Words>(Factory);
            var note = RegistrationNoteText.Say(text, words, stored);
            (note.Comment is { } comment ? $"{note.Said} · {comment}" : note.Said).ShouldBe(expected, "the reviewer's comment stays as typed");
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
