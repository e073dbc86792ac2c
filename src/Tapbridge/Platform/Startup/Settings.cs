using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Tapbridge.Platform.Startup;

/// <summary>
/// Settings are options classes bound to their section and checked once, before the app serves: a value out of its
/// documented range stops start-up with a line naming the key, instead of being clamped or failing later.
/// </summary>
public static class Settings
{
    /// <summary>Binds <typeparamref name="T"/> to <paramref name="section"/>; its data annotations' messages name the keys.</summary>
    public static OptionsBuilder<T> AddSettings<T>(this IServiceCollection services, string section)
        where T : class
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<T>, Annotated<T>>());
        return services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
    }

    /// <summary>
    /// Reads settings needed while the services are being registered, before they can be resolved; they are registered
    /// with <see cref="AddSettings{T}"/> too, so a bad value still stops the start with its message.
    /// </summary>
    public static T Read<T>(this IConfiguration configuration, string section)
        where T : class, new() => configuration.GetSection(section).Get<T>() ?? new T();

    /// <summary>Checks every setting registered with <see cref="AddSettings{T}"/>; throws <see cref="OptionsValidationException"/>.</summary>
    public static void Validate(IServiceProvider services) => services.GetRequiredService<IStartupValidator>().Validate();

    /// <summary>The annotations' own messages, without the framework's wrapping around each.</summary>
    private sealed class Annotated<T> : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var results = new List<ValidationResult>();
            return Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(results.Select(r => r.ErrorMessage ?? string.Join(", ", r.MemberNames)));
        }
    }
}
