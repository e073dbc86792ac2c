using System.Globalization;
using System.Resources;

namespace Tapbridge.Portals.Seller;

/// <summary>
/// The seller portal's words (SellerText.resx and its translations). The static properties serve the sign-up form's
/// validation attributes (<c>ErrorMessageResourceType</c>), which cannot take an injected localizer.
/// </summary>
internal sealed class SellerText
{
    private static readonly ResourceManager Resources = new(typeof(SellerText));

    private SellerText()
    {
    }

    public static string SignUpBrandRequired => Get("SignUp.Brand.Required");

    public static string SignUpBrandLength => Get("SignUp.Brand.Length");

    public static string SignUpNameRequired => Get("SignUp.Name.Required");

    public static string SignUpNameLength => Get("SignUp.Name.Length");

    public static string SignUpEmailRequired => Get("SignUp.Email.Required");

    public static string SignUpEmailInvalid => Get("SignUp.Email.Invalid");

    public static string SignUpMarketRequired => Get("SignUp.Market.Required");

    public static string SignUpShopCodeRequired => Get("SignUp.ShopCode.Required");

    public static string SignUpShopNameRequired => Get("SignUp.ShopName.Required");

    private static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;
}
