using GraphQL.Validation;

namespace KenpoGraph.Api.Limits;

/// <summary>
/// GraphQL.NET's validator, with the request limits checked first and alone. The core rules run in one pass over
/// the document, and one of them (OverlappingFieldsCanBeMerged) compares every pair of same-named fields: 13,000
/// repeated <c>branches { code }</c> selections (195 KB) took 42 s of CPU, 8,000 took 17 s, before the field limit,
/// reported in the same pass, could refuse them (issue 16). <see cref="OperationLimitsRule.Check"/> is linear in the
/// document (each fragment measured once), so a request over a limit now costs about as much as parsing it, and the
/// documents that reach the core rules are within <c>Limits:MaxFields</c>.
/// </summary>
internal sealed class LinearFirstDocumentValidator : IDocumentValidator
{
    private readonly DocumentValidator _validator = new();

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        if (options.Rules?.OfType<OperationLimitsRule>().FirstOrDefault() is { } limits
            && limits.Check(options.Document, options.Operation, options.Variables, options.Schema, options.UserContext) is { } error)
        {
            return Task.FromResult<IValidationResult>(new ValidationResult([error]));
        }
        return _validator.ValidateAsync(options);
    }
}
