using Fnavdl.Functions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
// HTTP in ASP.NET Core's own model: the HTTP functions take an HttpRequest and answer an IResult, as on Kestrel.
builder.ConfigureFunctionsWebApplication();
builder.Services.AddFnavdlFunctions();
builder.Build().Run();
