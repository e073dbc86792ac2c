using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Tapbridge.Platform.Data;

namespace Tapbridge.Tests.Infrastructure;

/// <summary>
/// Another instance of the product on the same database (PostgreSQL unless told), as behind a load balancer.
/// </summary>
internal sealed class SecondInstance(string connectionString, DatabaseProvider provider = DatabaseProvider.Postgres)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("ConnectionStrings:Tapbridge", connectionString);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
