using PesTor;

var builder = WebApplication.CreateBuilder(args);
builder.AddPesTor();

var app = builder.Build();
app.UsePesTor();
app.Run();

/// <summary>The entry point, public so integration tests can host the app in-process.</summary>
public partial class Program;
