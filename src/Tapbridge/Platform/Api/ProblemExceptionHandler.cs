using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Tapbridge.Platform.Api;

/// <summary>Turns the product's own exceptions into RFC 9457 problem details; anything else stays a 500 without internals.</summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            RuleViolationException rule => Rule(rule),
            NotFoundException notFound => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found", Detail = notFound.Message },
            BadHttpRequestException bad => BadRequestProblem.From(bad),
            Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict, Title = "Changed meanwhile", Detail = "Someone changed this at the same time. Nothing was saved; read it again and retry.",
            },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new() { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Rule(RuleViolationException rule)
    {
        if (rule.Field is null)
        {
            return new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Rule violated", Detail = rule.Message };
        }

        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [rule.Field] = [rule.Message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Invalid input",
            Detail = rule.Message,
        };
    }
}
